-- I-12: a report still owed when its case moved on stays on the holder's record as missed, with its year and
-- rule: no submission date, marked missed.
alter table annual_report alter column submitted_on drop not null;
alter table annual_report add column missed boolean default false not null;
