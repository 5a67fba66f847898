-- What the console (/beheer) shows of devices and enrolment codes (issue 13).
-- When a device last spoke to the server: written at most once a minute per device and process
-- (src/server/http/device-seen.ts), so a busy device costs no extra write per request.
alter table devices add column last_seen_at timestamptz;

-- Open codes are listed without ever showing the code (only its hash is stored, and a short code's
-- hash must not leave the server either): this id names a code in the console and the audit trail.
alter table enrolment_codes add column id uuid not null default gen_random_uuid();
create unique index enrolment_codes_id on enrolment_codes (id);
create index enrolment_codes_open on enrolment_codes (area_id, expires_at) where used_at is null;
