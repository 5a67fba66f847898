-- A temporary password an administrator set (a reset in the console) must be replaced by the
-- account's owner at her next sign-in: until then her session reaches only the password change.
alter table reader_accounts add column password_must_change boolean not null default false;
