-- The management oversight proforma: one section per child, next steps with an owner and a
-- timescale, the manager's name, and corrections as new records that refer to the one they correct.
alter table oversight_record add column corrects_id uuid;
alter table oversight_record add constraint oversight_record_corrects
  foreign key (corrects_id) references oversight_record (id);
alter table oversight_record add column correction_reason varchar(4000);
alter table oversight_record add column manager_name varchar(200);
alter table oversight_record add column decision_words varchar(400);
alter table oversight_record add column not_progressed boolean;

create table oversight_child (
  oversight_id        uuid not null references oversight_record (id),
  child_id            uuid not null references child (id),
  position            integer not null,
  proposed_level      integer,
  level               integer not null,
  level_change_reason varchar(4000),
  indicators          varchar(4000) not null,
  pathway             varchar(40),
  risks               varchar(4000) not null,
  strengths           varchar(4000) not null,
  analysis            varchar(4000) not null,
  childs_voice        varchar(4000) not null,
  primary key (oversight_id, child_id)
);
create index oversight_child_child on oversight_child (child_id);

create table oversight_next_step (
  oversight_id uuid not null references oversight_record (id),
  position     integer not null,
  action       varchar(2000) not null,
  owner        varchar(200) not null,
  timescale    varchar(200) not null,
  primary key (oversight_id, position)
);
