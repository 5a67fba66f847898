-- The audit trail (issue 13): who did what, when, in which area. Append-only: the application has
-- no statement that updates or deletes a row here except the retention job, which removes entries
-- older than the organisation's audit retention (default two years) and records that it did.
-- Never any resident data, token, password, code or key in it: `detail` holds ids, counts and
-- names of settings only (src/server/audit/record.ts refuses anything that looks like a secret).
create table audit_entries (
  id          bigserial primary key,
  at          timestamptz not null default now(),
  -- Who: an account id, a device id, 'admin-cli:<system user>', 'system' (jobs), or 'anonymous'
  -- (a failed sign-in with an unknown name records the name tried, in actor_label, not the password).
  actor_kind  text not null check (actor_kind in ('account', 'device', 'cli', 'system', 'anonymous')),
  actor_id    text,
  actor_label text check (length(actor_label) <= 200),
  action      text not null check (action ~ '^[a-z]+(\.[a-z_]+)+$'),
  area_id     text,
  outcome     text not null default 'success' check (outcome in ('success', 'failure', 'refused')),
  detail      jsonb not null default '{}'::jsonb,
  -- The address the request came from (after TRUST_PROXY), for sign-ins; null for jobs and CLI.
  address     text
);
create index audit_entries_at on audit_entries (at);
create index audit_entries_actor on audit_entries (actor_id, at);
create index audit_entries_area on audit_entries (area_id, at);
create index audit_entries_action on audit_entries (action, at);
