-- Where a single sign-on returns the browser: the console (/beheer) or a coach's overview
-- (/reviews). Chosen from a fixed list at the start and kept with the waiting sign-in, so the
-- provider's answer cannot send the browser anywhere else.
alter table oidc_sign_ins add column return_to text not null default '/beheer';
