-- Management oversight in Tasklist: the manager signs off the decision for the contact (rationale,
-- next steps), then writes one section per child as a step of its own, so a form never has more
-- or fewer child sections than the family has children. What is written before the last child's
-- section lives in the drafts below; the signed record is written once, complete, from them.
create table oversight_draft (
  contact_id    uuid primary key references contact (id),
  decision_step varchar(20) not null,
  rationale     varchar(4000) not null,
  manager       varchar(100),
  manager_name  varchar(200),
  signed_at     timestamp with time zone not null
);

create table oversight_draft_step (
  contact_id uuid not null references oversight_draft (contact_id),
  position   integer not null,
  action     varchar(2000) not null,
  owner      varchar(200) not null,
  timescale  varchar(200) not null,
  primary key (contact_id, position)
);

create table oversight_draft_child (
  contact_id          uuid not null references contact (id),
  child_id            uuid not null references child (id),
  level               integer not null,
  level_change_reason varchar(4000),
  indicators          varchar(4000) not null,
  risks               varchar(4000) not null,
  strengths           varchar(4000) not null,
  analysis            varchar(4000) not null,
  childs_voice        varchar(4000) not null,
  written_by          varchar(100),
  written_by_name     varchar(200),
  written_at          timestamp with time zone not null,
  primary key (contact_id, child_id)
);

-- who wrote each child's section of a signed record, and when
alter table oversight_child add column written_by varchar(100);
alter table oversight_child add column written_by_name varchar(200);
alter table oversight_child add column written_at timestamp with time zone;
