-- The service's own record of contacts, children and households. Camunda's tables hold the
-- workflow; these hold the case data, which must outlive any version of the process model.

create table household (
  id                 uuid primary key,
  address_line1      varchar(200) not null,
  address_line2      varchar(200),
  town               varchar(100),
  postcode           varchar(10)  not null,
  -- upper case, letters and digits only: how two spellings of one address are matched
  address_key        varchar(400) not null,
  created_at         timestamp with time zone not null,
  constraint household_address_key_unique unique (address_key)
);

create table child (
  id                   uuid primary key,
  first_name           varchar(100) not null,
  last_name            varchar(100) not null,
  -- lower-case "first|last": matching a known child by name and date of birth
  name_key             varchar(201) not null,
  date_of_birth        date,
  expected_date        date,
  estimated_age_years  integer,
  sex                  varchar(20),
  identifier           varchar(50),
  household_id         uuid not null references household (id),
  created_at           timestamp with time zone not null,
  constraint child_identifier_unique unique (identifier)
);
create index child_name_dob on child (name_key, date_of_birth);
create index child_household on child (household_id);

create sequence contact_number start with 1;

create table contact (
  id                       uuid primary key,
  reference                varchar(20)  not null,
  client_reference         varchar(100),
  request_hash             varchar(64)  not null,
  received_at              timestamp with time zone not null,
  recorded_at              timestamp with time zone not null,
  recorded_by              varchar(100),
  source                   varchar(30)  not null,
  referrer_name            varchar(200),
  referrer_organisation    varchar(200),
  referrer_relationship    varchar(100),
  referrer_telephone       varchar(30),
  referrer_email           varchar(200),
  household_id             uuid not null references household (id),
  concerns                 varchar(10000) not null,
  concern_types            varchar(500),
  referrer_consent         varchar(40)  not null,
  referrer_consent_detail  varchar(2000),
  process_instance_id      varchar(64),
  constraint contact_reference_unique unique (reference),
  constraint contact_client_reference_unique unique (client_reference)
);
create index contact_received on contact (received_at);
create index contact_household on contact (household_id);

create table contact_child (
  contact_id  uuid not null references contact (id),
  child_id    uuid not null references child (id),
  position    integer not null,
  primary key (contact_id, child_id)
);
create index contact_child_child on contact_child (child_id);
