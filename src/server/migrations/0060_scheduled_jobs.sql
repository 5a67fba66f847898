-- Jobs that the server runs on a schedule, once per organisation however many server processes
-- share the database (issue 13: the daily retention run). The row of a job is claimed with one
-- UPDATE … WHERE … RETURNING: a second process's UPDATE waits for the first to commit, then finds
-- the day taken (or the lease held) and does nothing. So exactly one process runs it, whatever the
-- timing, and a process that dies mid-run frees the lease when `lease_until` passes.
create table scheduled_jobs (
  job          text primary key check (job ~ '^[a-z_]+$'),
  -- The last day (database time) the daily run was claimed; null before the first.
  last_day     date,
  -- Who holds the job now (a random id per run) and until when; null when nobody does.
  lease_holder text,
  lease_until  timestamptz
);
insert into scheduled_jobs (job) values ('retention');

-- Retention deletes expired codes (sessions and audit entries have an index on their time already).
create index enrolment_codes_expires on enrolment_codes (expires_at);
