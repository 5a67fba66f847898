-- The values tagged on the note a quote came from, so the values circle can read quotes per value.
-- Quotes stored before this migration, and summaries that name no values, have none.
alter table summary_quotes add column value_ids text[] not null default '{}';
