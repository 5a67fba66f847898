-- One row that identifies this installation's data. Backups and exports can carry the id, so a
-- restore into another installation is noticed. (schema_migrations is created by the migrator.)
create table server_info (
  singleton       boolean primary key default true check (singleton),
  installation_id uuid not null default gen_random_uuid(),
  created_at      timestamptz not null default now()
);

insert into server_info default values;
