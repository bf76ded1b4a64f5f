-- What happened on each contact's journey, step by step, in the service's own tables: the
-- record of the child's journey must outlive any version of the process model.

alter table contact add column rag varchar(10);
alter table contact add column decision_due_at timestamp with time zone;
alter table contact add column closed_at timestamp with time zone;

-- Open social care involvement: child in need, child protection plan, looked after.
create table social_care_case (
  id          uuid primary key,
  child_id    uuid not null references child (id),
  kind        varchar(40) not null,
  opened_on   date not null,
  closed_on   date
);
create index social_care_case_child on social_care_case (child_id);

-- What the automatic history check found for each child of a contact.
create table history_finding (
  contact_id            uuid not null references contact (id),
  child_id              uuid not null references child (id),
  known                 boolean not null,
  open_cases            varchar(200),
  previous_contacts     integer not null,
  previous_referrals    integer not null,
  last_referral_at      timestamp with time zone,
  re_referral           boolean not null,
  siblings              varchar(2000),
  summary               varchar(4000) not null,
  checked_at            timestamp with time zone not null,
  primary key (contact_id, child_id)
);

-- Every urgency the contact had: the table's proposal, then any change with its reason.
create table urgency_rating (
  id           uuid primary key,
  contact_id   uuid not null references contact (id),
  rag          varchar(10) not null,
  reason       varchar(2000) not null,
  proposed     boolean not null,
  decision_due_at timestamp with time zone not null,
  decided_by   varchar(100),
  decided_at   timestamp with time zone not null
);
create index urgency_rating_contact on urgency_rating (contact_id, decided_at);

create table screening_decision (
  id           uuid primary key,
  contact_id   uuid not null references contact (id),
  decision     varchar(40) not null,
  rationale    varchar(4000) not null,
  re_referral  boolean not null,
  decided_by   varchar(100),
  decided_at   timestamp with time zone not null
);
create index screening_decision_contact on screening_decision (contact_id, decided_at);

-- Consent decisions: the practitioner's, then any manager's decision on a refusal or on not seeking it.
create table consent_decision (
  id                       uuid primary key,
  contact_id               uuid not null references contact (id),
  status                   varchar(20) not null,
  given_by                 varchar(60),
  given_by_name            varchar(200),
  lawful_basis             varchar(40),
  grounds                  varchar(60),
  significant_harm_concern boolean not null,
  manager_decision         varchar(40),
  refusal_respected        boolean not null,
  voluntary_support        varchar(2000),
  rationale                varchar(4000) not null,
  decided_by               varchar(100),
  decided_by_role          varchar(40) not null,
  decided_at               timestamp with time zone not null
);
create index consent_decision_contact on consent_decision (contact_id, decided_at);

-- One row per agency check: answered (known or not known), or proceeded without by a manager.
create table mash_check (
  id            uuid primary key,
  contact_id    uuid not null references contact (id),
  agency        varchar(40) not null,
  automatic     boolean not null,
  outcome       varchar(30) not null,
  findings      varchar(4000) not null,
  recorded_by   varchar(100),
  recorded_at   timestamp with time zone not null
);
create index mash_check_contact on mash_check (contact_id, agency);

-- Escalations of an overdue decision or an overdue agency check; never a closure.
create table escalation (
  id            uuid primary key,
  contact_id    uuid not null references contact (id),
  kind          varchar(30) not null,
  agency        varchar(40),
  action        varchar(40) not null,
  note          varchar(4000) not null,
  recorded_by   varchar(100),
  recorded_at   timestamp with time zone not null
);
create index escalation_contact on escalation (contact_id, recorded_at);

-- The threshold decision per child against the Pathways Document.
create table threshold_decision (
  id                 uuid primary key,
  contact_id         uuid not null references contact (id),
  child_id           uuid not null references child (id),
  indicators         varchar(2000) not null,
  significant_harm   boolean not null,
  proposed_level     integer,
  level_reason       varchar(1000),
  proposed_pathway   varchar(40),
  pathway_reason     varchar(1000),
  chosen_pathway     varchar(40),
  departure_reason   varchar(4000),
  indicators_by      varchar(100),
  indicators_at      timestamp with time zone not null,
  decided_by         varchar(100),
  decided_at         timestamp with time zone
);
create index threshold_decision_contact on threshold_decision (contact_id, child_id, indicators_at);

-- Management oversight: a manager's sign-off of a decision that leaves the service, or a send-back.
create table oversight_record (
  id               uuid primary key,
  contact_id       uuid not null references contact (id),
  decision_step    varchar(20) not null,
  approved         boolean not null,
  threshold_summary varchar(4000),
  risks            varchar(4000),
  strengths        varchar(4000),
  analysis         varchar(4000),
  rationale        varchar(4000),
  send_back_reason varchar(4000),
  manager          varchar(100),
  signed_at        timestamp with time zone not null
);
create index oversight_record_contact on oversight_record (contact_id, signed_at);

-- The outcome for each child of a contact, in the children in need census's words where there is one.
create table child_outcome (
  contact_id       uuid not null references contact (id),
  child_id         uuid not null references child (id),
  outcome          varchar(40) not null,
  referral         boolean not null,
  consent_refused  boolean not null,
  decided_at       timestamp with time zone not null,
  primary key (contact_id, child_id)
);
create index child_outcome_child on child_outcome (child_id, decided_at);

-- Every child of the household allocated for an assessment of their own.
create table assessment_allocation (
  id            uuid primary key,
  contact_id    uuid not null references contact (id),
  child_id      uuid not null references child (id),
  reason        varchar(20) not null,
  due_at        timestamp with time zone not null,
  allocated_to  varchar(200),
  allocated_by  varchar(100),
  allocated_at  timestamp with time zone,
  constraint assessment_allocation_once unique (contact_id, child_id)
);

-- Follow-on services and the referrer being told.
create table follow_on (
  id            uuid primary key,
  contact_id    uuid not null references contact (id),
  child_id      uuid references child (id),
  kind          varchar(40) not null,
  result        varchar(60) not null,
  note          varchar(4000),
  recorded_by   varchar(100),
  recorded_at   timestamp with time zone not null
);
create index follow_on_contact on follow_on (contact_id, recorded_at);
