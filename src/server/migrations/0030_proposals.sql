-- Proposals (issue 12): a theme the codebook lacks, proposed by an interviewer's device as an
-- anonymised text (the server ran the anonymiser over it again before storing it). It counts
-- nowhere until an administrator accepts it into the area's codebook (theme_id: the stable id it
-- got) or maps it onto a theme that exists (theme_id: that theme); a rejected one stays as a trace.
create table proposals (
  id          uuid primary key,
  area_id     text not null references areas (id),
  device_id   uuid not null references devices (id),
  kind        text not null check (kind in ('theme')),
  text        text not null check (length(text) between 1 and 60),
  status      text not null default 'pending' check (status in ('pending', 'accepted', 'mapped', 'rejected')),
  theme_id    text check ((status in ('accepted', 'mapped')) = (theme_id is not null)),
  received_at timestamptz not null default now(),
  decided_at  timestamptz,
  decided_by  text check (length(decided_by) <= 100)
);
create index proposals_area on proposals (area_id, status, received_at);
create index proposals_device on proposals (device_id, status);
