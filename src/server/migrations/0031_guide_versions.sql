-- Published guide bodies (issue 12): an organisation's own guides, beyond the built-in set, so that
-- devices that did not write them can follow them. A version is immutable once stored: a guide
-- changes by publishing its next version, and conversations keep the version they started with.
create table guide_versions (
  guide_id  text not null check (guide_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(guide_id) <= 64),
  version   integer not null check (version >= 1),
  language  text not null check (language in ('nl', 'en')),
  body      jsonb not null,
  stored_by text not null check (length(stored_by) between 1 and 100),
  stored_at timestamptz not null default now(),
  primary key (guide_id, version, language)
);
