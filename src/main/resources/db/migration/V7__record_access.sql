-- Every opening of a child's record (by API or on screen) and every refused attempt: who, which
-- child or contact, when, from where, what they were shown. Never updated or deleted by the service.
create table record_access (
  id              uuid primary key,
  accessed_at     timestamp with time zone not null,
  user_id         varchar(100),
  child_id        uuid,
  contact_id      uuid,
  remote_address  varchar(100),
  -- api or page
  channel         varchar(10) not null,
  -- full, agency-check, brief-intervention, assessment; denied or not-found when refused
  view_kind       varchar(30) not null,
  allowed         boolean not null
);
create index record_access_child on record_access (child_id, accessed_at);
create index record_access_user on record_access (user_id, accessed_at);
create index record_access_time on record_access (accessed_at);

-- The record search by date of birth and the link from a Camunda task to its contact.
create index child_date_of_birth on child (date_of_birth);
create index contact_process_instance on contact (process_instance_id);
-- Who may open a record: children routed to the brief intervention team, allocated for an assessment.
create index child_outcome_outcome on child_outcome (child_id, outcome);
create index assessment_allocation_child on assessment_allocation (child_id);
