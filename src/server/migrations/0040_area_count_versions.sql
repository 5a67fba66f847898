-- A change counter per area-year, raised in the same transaction as every change of that
-- area-year's counters (store/summaries.ts). Cached suppression (aggregates/scope-cache.ts) is
-- keyed on it, so a summary arriving through any server process makes every process's cached
-- answer for that year stale at once, without reading the counters to find out.
create table area_count_versions (
  area_id text not null,
  year    smallint not null,
  version bigint not null,
  primary key (area_id, year)
);

insert into area_count_versions (area_id, year, version)
select distinct area_id, year, 1 from area_counts;
