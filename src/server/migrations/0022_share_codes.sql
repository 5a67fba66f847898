-- A short code for a review link (issue 16): the sharing device files the link, sealed with a key
-- derived from the whole code, under the code's first six characters (as SHA-256, like every
-- capability). Both go when the share ends, so an id can be used again and nothing outlives it.
alter table shares add column code_id_hash text;
alter table shares add column code_package text;
create unique index shares_code_id on shares (code_id_hash) where code_id_hash is not null;
