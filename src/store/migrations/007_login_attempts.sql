-- Failed advisor logins, per e-mail address and per client address, so that the login
-- rate limit holds across every instance on one database.
create table advisor_login_attempt (
  id          bigserial primary key,
  key         text not null,
  created_at  timestamptz not null default now()
);
create index advisor_login_attempt_key_idx on advisor_login_attempt(key, created_at);
