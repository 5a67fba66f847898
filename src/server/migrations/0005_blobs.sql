-- Encrypted packages the server stores but cannot read (src/domain/wire/blobs.ts): conversations
-- shared with a coach for review, the coach's feedback, and interviewers' backups. Each package is
-- kept as the envelope's JSON text (ciphertext in base64url plus the cipher's parameters), with
-- its size in bytes. Identifiers that grant access (share ids, backup lookup ids) and the reply
-- token are stored only as SHA-256, like every other secret.

-- One row per share. Closing or expiry empties package and feedback; the row stays as a tombstone
-- (so a link answers "expired" rather than "unknown") until it is purged some days later.
create table shares (
  id_hash          text primary key,
  device_id        uuid not null references devices (id),
  reply_token_hash text not null,
  package          text,
  package_bytes    integer not null,
  feedback         text,
  feedback_bytes   integer,
  feedback_at      timestamptz,
  created_at       timestamptz not null default now(),
  expires_at       timestamptz not null,
  closed_at        timestamptz
);
create index shares_expiry on shares (expires_at);

-- The newest versions of each backup, per area and lookup id (derived on the device from the
-- passphrase and area, opaque here). No device column: a backup belongs to whoever can open it.
-- sha256 is the envelope's digest, so a resend of the newest version is not stored twice.
create table backups (
  area_id     text not null references areas (id),
  lookup_hash text not null,
  version     integer not null check (version >= 1),
  envelope    text not null,
  bytes       integer not null,
  sha256      text not null,
  created_at  timestamptz not null default now(),
  primary key (area_id, lookup_hash, version)
);
