-- One child, one record, also when the matching is unsure. A new record whose child may already be
-- known (the same name in the same household, or the same last name and date of birth there) is
-- kept, never silently joined, and flagged for a practitioner or manager to merge or to confirm as
-- two children.
create table possible_duplicate (
  id              uuid primary key,
  -- the record just created
  child_id        uuid not null references child (id),
  -- the earlier record it may repeat
  other_child_id  uuid not null references child (id),
  reason          varchar(200) not null,
  flagged_at      timestamp with time zone not null,
  -- merged, or different-children; null while it waits for a person
  resolution      varchar(20),
  resolved_at     timestamp with time zone,
  resolved_by     varchar(100),
  constraint possible_duplicate_once unique (child_id, other_child_id)
);
create index possible_duplicate_open on possible_duplicate (resolution, flagged_at);

-- A merged record stays, emptied, pointing at the record that now holds the child's history.
alter table child add column merged_into uuid references child (id);

-- Every merge: who, when, why, and which contacts moved. Never updated or deleted by the service.
create table child_merge (
  id               uuid primary key,
  merged_child_id  uuid not null references child (id),
  into_child_id    uuid not null references child (id),
  merged_at        timestamp with time zone not null,
  merged_by        varchar(100) not null,
  reason           varchar(4000) not null,
  -- the contacts that were on the merged record, comma-separated
  contact_ids      varchar(4000) not null
);
create index child_merge_into on child_merge (into_child_id);
