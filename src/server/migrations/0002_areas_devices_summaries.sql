-- Areas, who may write to them (enrolled devices) and read them (area-team accounts), and what
-- devices send: anonymised summaries, with per area-quarter counters kept up to date on ingest so
-- that reading a year of aggregates never scans the summaries themselves.

create table areas (
  id         text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  name       text not null check (length(name) between 1 and 60),
  created_at timestamptz not null default now()
);
create unique index areas_name_unique on areas (lower(name));

-- Secrets (codes, tokens) are stored only as their SHA-256; passwords with scrypt.
create table enrolment_codes (
  code_hash  text primary key,
  area_id    text not null references areas (id),
  label      text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz,
  device_id  uuid
);

create table devices (
  id         uuid primary key default gen_random_uuid(),
  area_id    text not null references areas (id),
  token_hash text not null unique,
  label      text,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index devices_area on devices (area_id);

create table reader_accounts (
  id            uuid primary key default gen_random_uuid(),
  area_id       text not null references areas (id),
  username      text not null unique,
  password_hash text not null,
  created_at    timestamptz not null default now(),
  disabled_at   timestamptz
);

create table reader_sessions (
  token_hash text primary key,
  account_id uuid not null references reader_accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index reader_sessions_expiry on reader_sessions (expires_at);

-- One row per conversation: the latest revision received. There is deliberately no device column:
-- the server cannot tell which interviewer sent which summary.
create table summaries (
  id                 uuid primary key,
  revision           integer not null check (revision >= 1),
  area_id            text not null references areas (id),
  year               smallint not null,
  quarter            smallint not null check (quarter between 1 and 4),
  guide_id           text not null,
  guide_version      integer not null,
  resident_profile   text not null,
  value_counts       jsonb not null,
  theme_ids          jsonb not null,
  obstacle_theme_ids jsonb not null,
  received_at        timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
create index summaries_area_period on summaries (area_id, year, quarter);

-- Quotes of the latest revision. sort_key is random: quotes are listed in an order that says
-- nothing about when they arrived or which ones came from the same conversation.
create table summary_quotes (
  summary_id uuid not null references summaries (id) on delete cascade,
  position   smallint not null,
  area_id    text not null,
  year       smallint not null,
  quarter    smallint not null,
  sort_key   integer not null,
  text       text not null,
  primary key (summary_id, position)
);
create index summary_quotes_release on summary_quotes (area_id, year, sort_key);

-- In how many conversations of an area-quarter each figure occurs (dimension and key as in
-- src/server/aggregates/cells.ts). Changed in the same transaction as the summaries it counts.
-- No check (conversations >= 0): it would test the proposed row of an upsert, whose delta may be
-- negative; the ingest checks the resulting counts instead.
create table area_counts (
  area_id       text not null,
  year          smallint not null,
  quarter       smallint not null,
  dimension     text not null,
  key           text not null,
  conversations integer not null,
  primary key (area_id, year, quarter, dimension, key)
);
