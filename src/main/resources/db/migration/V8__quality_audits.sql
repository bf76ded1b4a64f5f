-- Dip-sample and peer audits (issue 6), and the indexes the measures' aggregates use.
-- Letter e of the V3 series: Flyway versions are numbers only, so "3e" is written 3_5.

-- One draw of a dip sample: enough to show that it was fair and to repeat it with the same seed.
create table audit_sample (
  id                   uuid primary key,
  process_instance_id  varchar(64),
  theme                varchar(200) not null,
  period_from          date not null,
  period_to            date not null,
  seed                 bigint not null,
  rule                 varchar(1000) not null,
  per_manager          integer not null,
  stratified           boolean not null,
  candidates           integer not null,
  chosen               varchar(200000) not null,
  drawn_by             varchar(100),
  drawn_at             timestamp with time zone not null
);

-- One peer audit of one sampled contact: the grades on Ofsted's four-point scale, the follow-up
-- a poor grade needs, and the moderation of a share of audits.
create table contact_audit (
  id                     uuid primary key,
  sample_id              uuid not null references audit_sample (id),
  contact_id             uuid not null references contact (id),
  team_manager           varchar(100),
  stratum                varchar(30) not null,
  moderation_selected    boolean not null,
  auditor                varchar(100),
  journey_clarity        varchar(30),
  threshold_application  varchar(30),
  management_oversight   varchar(30),
  consent_lawful_basis   varchar(30),
  timeliness             varchar(30),
  child_focused_language varchar(30),
  overall                varchar(30),
  comments               varchar(4000),
  language_summary       varchar(2000),
  completed_at           timestamp with time zone,
  moderated_by           varchar(100),
  moderated_at           timestamp with time zone,
  follow_up_due_at       timestamp with time zone,
  follow_up_action       varchar(4000),
  follow_up_by           varchar(100),
  follow_up_at           timestamp with time zone,
  created_at             timestamp with time zone not null,
  closed_at              timestamp with time zone
);
create index contact_audit_contact on contact_audit (contact_id, created_at);
create index contact_audit_completed on contact_audit (completed_at);
create index contact_audit_sample on contact_audit (sample_id);

-- Every grade a moderator changed, with the reason: the first auditor's grade is never lost.
create table audit_grade_change (
  id           uuid primary key,
  audit_id     uuid not null references contact_audit (id),
  theme        varchar(40) not null,
  from_grade   varchar(30) not null,
  to_grade     varchar(30) not null,
  reason       varchar(4000) not null,
  changed_by   varchar(100),
  changed_at   timestamp with time zone not null
);
create index audit_grade_change_audit on audit_grade_change (audit_id);

-- The measures: contacts closed in a period (the sampler), decisions by sign-off, outcomes.
create index contact_closed on contact (closed_at);
create index oversight_record_approved on oversight_record (approved, contact_id, signed_at);
create index child_outcome_by_outcome on child_outcome (outcome, contact_id);
create index history_finding_re_referral on history_finding (re_referral, contact_id);
create index assessment_allocation_reason on assessment_allocation (reason, contact_id);

-- The decision on a contact: its first approved management oversight. The signing manager's
-- team is the contact's team for the measures and the dip sample. (Plain selects with NOT EXISTS
-- rather than window functions: H2 then looks each contact up by index instead of ranking the
-- whole table per row.)
create view contact_decision as
select o.contact_id, o.signed_at, o.manager from oversight_record o
where o.approved and not exists (
  select 1 from oversight_record e where e.contact_id = o.contact_id and e.approved
    and (e.signed_at < o.signed_at or (e.signed_at = o.signed_at and e.id < o.id)));

-- The latest threshold decision for each child of a contact that reached a pathway.
create view threshold_final as
select t.contact_id, t.child_id, t.proposed_level, t.proposed_pathway, t.chosen_pathway from threshold_decision t
where t.chosen_pathway is not null and not exists (
  select 1 from threshold_decision l where l.contact_id = t.contact_id and l.child_id = t.child_id
    and l.chosen_pathway is not null
    and (l.decided_at > t.decided_at or (l.decided_at = t.decided_at and l.id > t.id)));

-- The latest consent decision for each contact.
create view consent_final as
select f.contact_id, f.status, f.manager_decision, f.refusal_respected from consent_decision f
where not exists (
  select 1 from consent_decision l where l.contact_id = f.contact_id
    and (l.decided_at > f.decided_at or (l.decided_at = f.decided_at and l.id > f.id)));
