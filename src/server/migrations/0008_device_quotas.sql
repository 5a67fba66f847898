-- Per-device quotas kept in the database, so they hold however many server processes there are
-- (src/server/quotas): summaries received per device and UTC day, and which device stored each
-- backup version (backups stored before this migration have none and count for nobody).

create table device_daily_usage (
  device_id uuid not null references devices (id),
  day       date not null,
  summaries integer not null,
  primary key (device_id, day)
);

alter table backups add column device_id uuid references devices (id);
create index backups_device on backups (device_id) where device_id is not null;
