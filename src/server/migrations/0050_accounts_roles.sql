-- Accounts with roles scoped to areas (issue 13). The area-team accounts of 0002 become the one
-- table of people who sign in: they keep their ids, usernames, passwords and sessions, and each
-- gets the grant it had implicitly (gebiedsteam on its area). The tables keep their names so an
-- older server still running during a rolling update reads and writes them unchanged; the
-- migration only adds and relaxes.

-- A beheerder or a group-wide reader has no single area. Kept for readers made by an older server
-- (and still written for single-area readers, so a rollback keeps them working); grants decide.
alter table reader_accounts alter column area_id drop not null;
alter table reader_accounts add column display_name text check (length(display_name) between 1 and 100);
-- For single sign-on: an allow-list maps a provider's verified e-mail to a local account.
alter table reader_accounts add column email text check (length(email) between 3 and 254);
create unique index reader_accounts_email on reader_accounts (lower(email)) where email is not null;
-- The provider's subject, once an account has signed in through it (or was made by it).
alter table reader_accounts add column oidc_issuer text;
alter table reader_accounts add column oidc_subject text;
create unique index reader_accounts_oidc on reader_accounts (oidc_issuer, oidc_subject)
  where oidc_subject is not null;

-- One row per role held on one scope; a person may hold several. The scope is the organisation,
-- a group of areas or one area, with real references so a grant never names an area that is not.
create table account_grants (
  account_id uuid not null references reader_accounts (id) on delete cascade,
  role       text not null check (role in ('beheerder', 'gebiedsteam', 'coach')),
  scope_kind text not null check (scope_kind in ('organisation', 'group', 'area')),
  group_id   text references area_groups (id),
  area_id    text references areas (id),
  granted_at timestamptz not null default now(),
  check (
    (scope_kind = 'organisation' and group_id is null and area_id is null)
    or (scope_kind = 'group' and group_id is not null and area_id is null)
    or (scope_kind = 'area' and area_id is not null and group_id is null)
  )
);
create unique index account_grants_unique
  on account_grants (account_id, role, scope_kind, coalesce(group_id, ''), coalesce(area_id, ''));

insert into account_grants (account_id, role, scope_kind, area_id)
  select id, 'gebiedsteam', 'area', area_id from reader_accounts where area_id is not null;

-- Idle expiry: a session unused for longer than SESSION_IDLE_MINUTES is refused. expires_at stays
-- the absolute end. Sessions made before this migration count as seen now.
alter table reader_sessions add column last_seen_at timestamptz not null default now();
create index reader_sessions_account on reader_sessions (account_id);
