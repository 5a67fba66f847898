-- Single sign-on in progress: between sending a browser to the provider and its return, the
-- state (as SHA-256), the PKCE verifier and the nonce wait here, for at most ten minutes, and are
-- used once. Kept in the database rather than in one process's memory, so the return may reach
-- any server process behind the balancer.
create table oidc_sign_ins (
  state_hash    text primary key,
  code_verifier text not null,
  nonce         text not null,
  expires_at    timestamptz not null
);
create index oidc_sign_ins_expiry on oidc_sign_ins (expires_at);
