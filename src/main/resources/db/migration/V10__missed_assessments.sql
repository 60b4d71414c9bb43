-- I-12: an assessment still open when its case moved on stays on the holder's record as missed, with its year and
-- rule: no grade, category or rank, marked missed, with the reason.
alter table annual_assessment alter column grade drop not null;
alter table annual_assessment alter column category drop not null;
alter table annual_assessment alter column rank_in_category drop not null;
alter table annual_assessment alter column category_size drop not null;
alter table annual_assessment add column missed boolean default false not null;
alter table annual_assessment add column remarks varchar(1000);
