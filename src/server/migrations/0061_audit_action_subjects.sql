-- Subjects of two words (`enrolment_code.create`, `area_group.create`), as record.ts documents them:
-- the check of 0021 allowed the underscore only after the first dot.
alter table audit_entries drop constraint audit_entries_action_check;
alter table audit_entries add constraint audit_entries_action_check
  check (action ~ '^[a-z]+(_[a-z]+)*(\.[a-z_]+)+$');
