-- One row per process and holder that people or messages have ever opened a case for. Starting
-- such a case locks the row, so two starts for the same holder at the same moment take turns and
-- the second sees the first (casework/CaseAdmission). The rows hold no state and are never deleted.
create table case_admission (
    process_key varchar(64) not null,
    holder_id varchar(32) not null,
    primary key (process_key, holder_id)
);
