-- Each acronym or phrase found in what someone wrote: refused or warned, by term, form and team,
-- for the dip sample of language and the measures.
create table language_finding (
  id         uuid primary key,
  found_at   timestamp with time zone not null,
  term       varchar(100) not null,
  kind       varchar(20)  not null,
  form       varchar(60)  not null,
  field      varchar(100) not null,
  team       varchar(300),
  user_id    varchar(100),
  refused    boolean      not null
);
create index language_finding_found on language_finding (found_at);
create index language_finding_term on language_finding (term);
