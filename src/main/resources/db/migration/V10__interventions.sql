-- Every act of an administrator that changes a journey outside its model: starting it part-way,
-- moving, migrating, restarting, cancelling it, writing or deleting its variables, repairing jobs
-- and incidents, editing tasks. Who, when, what, on which journeys, tasks or jobs, and why.
-- Written in the transaction of the act itself; never updated or deleted by the service.
create table intervention (
  id                    uuid primary key,
  acted_at              timestamp with time zone not null,
  user_id               varchar(100) not null,
  -- what was done, e.g. modify, variables, delete-journey (security.AdminOnlyCommands)
  operation             varchar(40) not null,
  -- the engine's own name for the act, for the administrator who reads the log
  command               varchar(100) not null,
  process_instance_ids  varchar(4000),
  task_ids              varchar(4000),
  job_ids               varchar(4000),
  incident_ids          varchar(4000),
  reason                varchar(4000) not null
);
create index intervention_time on intervention (acted_at);
