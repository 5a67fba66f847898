-- Actions whose subject has two words (`enrolment_code.create`), as record.ts documents them: the
-- check of 0021 allowed the underscore only after the first dot. The audit work may have widened it
-- the same way already (0061); this is written to give the same result either way.
alter table audit_entries drop constraint if exists audit_entries_action_check;
alter table audit_entries add constraint audit_entries_action_check
  check (action ~ '^[a-z]+(_[a-z]+)*(\.[a-z_]+)+$');
