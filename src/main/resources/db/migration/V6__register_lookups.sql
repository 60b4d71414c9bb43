-- The steps of a case look up a holder's active title (holder, title, status; the latest term first).
-- Without this index the database may read every active title of that kind in the country, which
-- grows with the register.
create index ix_designation_lookup on designation (holder_id, title, status, term_start);

-- A province office's list of holders reads its province's holders only.
create index ix_holder_province on holder (province);
