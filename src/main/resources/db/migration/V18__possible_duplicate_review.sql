-- A possible duplicate is put to a CRS practitioner as a Tasklist task once the journey of the
-- record it was raised on has ended: the review that asks it, and why the person answered as they did.
alter table possible_duplicate add column review_process_instance_id varchar(64);
alter table possible_duplicate add column resolution_reason varchar(4000);
