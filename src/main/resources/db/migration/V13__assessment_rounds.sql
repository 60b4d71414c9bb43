-- PM-9, I-13: the provincial office's yearly assessment round records each city's score beside its grade, and the
-- rank and number ranked computed from the scores of its category; the round's case that recorded it is kept with it.
-- Assessments recorded before the rounds carry no score and no round.
alter table annual_assessment add column score numeric(5,2);
alter table annual_assessment add column round_case_id varchar(64);
