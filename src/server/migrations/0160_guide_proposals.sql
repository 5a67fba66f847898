-- Guide proposals (issue 12): a guide written on a device, proposed for publication with every free
-- text after the anonymiser (run again by the server before storing it). Until an administrator
-- publishes it (published_id/published_version: the stable guide version it became, stored in
-- guide_versions like a guide published from a file) summaries naming it are refused; a rejected
-- one keeps the administrator's reason, which the proposing device is shown.
create table guide_proposals (
  id                uuid primary key,
  area_id           text not null references areas (id),
  device_id         uuid not null references devices (id),
  guide_id          text not null check (length(guide_id) between 1 and 64),
  version           integer not null check (version >= 1),
  language          text not null check (language in ('nl', 'en')),
  body              jsonb not null,
  status            text not null default 'pending' check (status in ('pending', 'published', 'rejected')),
  published_id      text check (length(published_id) <= 64),
  published_version integer,
  reason            text check (length(reason) between 1 and 500),
  received_at       timestamptz not null default now(),
  decided_at        timestamptz,
  decided_by        text check (length(decided_by) <= 100),
  check ((status = 'published') = (published_id is not null and published_version is not null)),
  check ((status = 'rejected') = (reason is not null))
);
create index guide_proposals_area on guide_proposals (area_id, status, received_at);
create index guide_proposals_device on guide_proposals (device_id, status);
