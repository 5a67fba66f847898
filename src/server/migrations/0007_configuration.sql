-- The organisation's configuration (src/domain/configuration): one layer per scope, the
-- organisation, a group of areas (stadsdeel) or an area, each holding only what it changes. Until
-- an administrator changes something, no row exists and the built-in set applies, so an existing
-- installation keeps accepting what its devices send.

create table area_groups (
  id         text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  name       text not null check (length(name) between 1 and 60),
  created_at timestamptz not null default now()
);
create unique index area_groups_name_unique on area_groups (lower(name));

alter table areas add column group_id text references area_groups (id);

-- Every change, with who made it and when: nothing in the configuration changes without a trace.
-- Its id is the version of the layer it produced, so versions only ever go up.
create table configuration_changes (
  id         bigserial primary key,
  scope      text not null,
  actor      text not null check (length(actor) between 1 and 100),
  action     text not null,
  detail     jsonb not null,
  changed_at timestamptz not null default now()
);

create table configuration_layers (
  scope      text primary key
             check (scope = 'organisation' or scope ~ '^(group|area):[a-z0-9]+(-[a-z0-9]+)*$'),
  layer      jsonb not null,
  version    bigint not null,
  updated_at timestamptz not null default now()
);

-- The enrolled device that sent a summary, so a revoked device's summaries can be removed. Never
-- returned to readers; summaries stored before this migration have none.
alter table summaries add column device_id uuid;
create index summaries_device on summaries (device_id) where device_id is not null;
