-- E-mail notifications (notify/): each mail is written in the transaction of the case step it tells of, and sent by
-- an engine job of its own, which the engine retries and turns into an incident when the mail cannot be sent.
create table mail_message (
    id          varchar(36)     primary key,
    user_id     varchar(255)    not null,
    address     varchar(320)    not null,
    subject     varchar(1000)   not null,
    body        varchar(200000) not null,
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone
);

-- An item for a user who reads a daily digest: collected into one mail_message at the next 07:00 CST.
create table mail_digest_item (
    id          varchar(36)     primary key,
    user_id     varchar(255)    not null,
    item        varchar(4000)   not null,
    created_at  timestamp with time zone not null,
    message_id  varchar(36)     references mail_message (id)
);
create index ix_mail_digest_item_waiting on mail_digest_item (message_id, created_at);
