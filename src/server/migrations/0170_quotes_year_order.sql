-- Quotes of a group or of the whole organisation, in their random order: the report lists the
-- first 200 of the year from the releasable area-quarters. Without this index PostgreSQL sorted
-- every quote of the year first (half a million at city scale, seconds); with it, it reads the
-- year's quotes in order and stops after 200 that are releasable.
create index summary_quotes_year_order on summary_quotes (year, sort_key, summary_id, position);
