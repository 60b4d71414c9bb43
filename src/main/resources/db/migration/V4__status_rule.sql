-- The rule that granted a title and the rule behind its present status are kept apart.
alter table designation add column status_rule_id varchar(12);
update designation set status_rule_id = rule_id where status <> 'ACTIVE';
