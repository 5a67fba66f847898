-- The public "wat is er met uw inbreng gedaan" page of an area and year (issue 15), shown only
-- while a row exists: the area team publishes it when it chooses, and unpublishing deletes the
-- row, which takes the page down at once (the page is served with no-cache).
create table public_pages (
  area_id      text not null references areas (id),
  year         smallint not null,
  published_at timestamptz not null default now(),
  primary key (area_id, year)
);
