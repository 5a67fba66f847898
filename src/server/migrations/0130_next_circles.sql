-- The date of the next values circle, as the area team sets it beside the public page of an area
-- and year (issue 15): shown on that page and on the resident card the interviewer hands out.
-- Kept apart from public_pages so taking the page down does not forget the date.
create table next_circles (
  area_id     text not null references areas (id),
  year        smallint not null,
  circle_date date not null,
  updated_at  timestamptz not null default now(),
  primary key (area_id, year)
);
