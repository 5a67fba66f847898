-- Summaries whose resident withdrew consent after they were sent. The summary row, its quotes and
-- its counts are gone; the id stays, so a copy still on its way (a resend, another tab, a restored
-- outbox) is answered "withdrawn" and never counted again. Nothing else about it is kept.
create table withdrawn_summaries (
  id uuid primary key,
  area_id text not null references areas (id),
  withdrawn_at timestamptz not null default now()
);
