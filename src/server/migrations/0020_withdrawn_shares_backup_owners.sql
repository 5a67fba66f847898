-- Withdrawal reaches every copy (issue 11 §3, §4).
--
-- A share whose resident withdrew consent is deleted by the device that made it, and its id is
-- remembered here (as SHA-256, like every capability) for good: a coach's app that asks for it
-- later learns it was withdrawn (410 share_withdrawn) and erases its own copy, instead of being
-- told "unknown". The row holds nothing about the conversation.
create table withdrawn_shares (
  id_hash      text primary key,
  withdrawn_at timestamptz not null default now()
);

-- Which enrolled device wrote each backup version is backups.device_id (0008): a device that
-- stores a backup right after a withdrawal asks for every older version it wrote, in any slot, to
-- be deleted; a new device that restored with the recovery code and then writes becomes the owner
-- of what it writes.
