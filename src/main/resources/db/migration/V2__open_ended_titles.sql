-- A title without a term of its own (the experimental-area title of CA-17) has no term end.
alter table designation alter column term_end drop not null;
