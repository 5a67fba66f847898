-- The coach's record of each review she sent (issues 13 and 16): for her overview across devices,
-- per interviewer pseudonym and quarter. Only what that overview needs: when, the pseudonym the
-- interviewer chose, whether it was a practice conversation and the checklist answers. Never note
-- text, comments, a share id or key, or anything about a resident. The id is made on the coach's
-- device (a fresh random UUID, not the share's), so a record sent twice by a retry is kept once.
create table coach_reviews (
  id          uuid primary key,
  account_id  uuid not null references reader_accounts (id) on delete cascade,
  reviewed_at timestamptz not null,
  pseudonym   text check (length(pseudonym) between 1 and 40),
  practice    boolean not null,
  checklist   jsonb not null,
  recorded_at timestamptz not null default now()
);
create index coach_reviews_account on coach_reviews (account_id, reviewed_at);
-- Retention removes by age across all accounts.
create index coach_reviews_reviewed_at on coach_reviews (reviewed_at);
