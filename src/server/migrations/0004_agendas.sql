-- The values-circle agenda of an area and year, prepared by its area team on several devices.
-- version counts the saves (1 for the first); a save names the version it started from and is
-- refused when that is no longer the stored one, so no member overwrites another unnoticed.
-- body is the agenda as src/domain/wire/agenda.ts defines it, validated before it is stored.
create table agendas (
  area_id    text not null references areas (id),
  year       smallint not null,
  version    integer not null check (version >= 1),
  body       jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (area_id, year)
);
