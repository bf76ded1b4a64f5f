-- One child, one record, also when contacts about a new child arrive at the same moment (on one
-- node or several): a new child with a date of birth carries "first|last|date of birth" as a
-- unique key, so of two concurrent inserts one wins and the other contact reuses its record.
-- Households are already unique by their normalised address.
alter table child add column match_key varchar(220);

-- existing children: the oldest record of each name and date of birth holds the key, as the
-- matching has always chosen the oldest
update child set match_key = name_key || '|' || cast(date_of_birth as varchar(10))
where date_of_birth is not null
  and not exists (
    select 1 from child older
    where older.name_key = child.name_key and older.date_of_birth = child.date_of_birth
      and (older.created_at < child.created_at or (older.created_at = child.created_at and older.id < child.id)));

alter table child add constraint child_match_key_unique unique (match_key);
