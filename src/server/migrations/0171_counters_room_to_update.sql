-- Every batch of summaries adds to hundreds of counters of its area and to its area-year's change
-- counter. With full pages each such update wrote a new row version elsewhere and a new index
-- entry, so the counters' index filled with dead entries faster than autovacuum removed them and
-- every later upsert walked through them (ingest halved within minutes of steady uploads). Room
-- left on each page lets PostgreSQL update in place (a HOT update: no new index entry), and
-- pruning then clears the old versions on the page as it goes. Pages written from now on keep the
-- room; the existing ones get it when they are next rewritten.
alter table area_counts set (fillfactor = 25);
alter table area_count_versions set (fillfactor = 25);
alter table device_daily_usage set (fillfactor = 25);
