-- Follow keys (issue 12): a device sends each proposal with a random key of its own and keeps the
-- key in the proposal's record and in the interviewer's backups. The server keeps only its SHA-256
-- (hex), so a new device restored from her backup can follow the proposals the old one sent by id
-- and key, and a device that knows an id but not its key learns nothing. Null for proposals sent
-- before follow keys, until the device that sent them presents a key of its own.
alter table proposals add column follow_hash text check (follow_hash ~ '^[0-9a-f]{64}$');
alter table guide_proposals add column follow_hash text check (follow_hash ~ '^[0-9a-f]{64}$');
