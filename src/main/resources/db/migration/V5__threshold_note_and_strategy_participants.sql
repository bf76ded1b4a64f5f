-- Why no indicator applies, when the practitioner ticks none; and who took part in a strategy discussion.
alter table threshold_decision add column threshold_note varchar(4000);
alter table follow_on add column participants varchar(2000);
