-- Advisors, their sessions, the audit log, and what the queue needs beyond 002.

create table advisor (
  id             uuid primary key,
  email          text not null,
  name           text not null,
  password_hash  text not null,
  created_at     timestamptz not null default now(),
  disabled_at    timestamptz
);
create unique index advisor_email_idx on advisor(lower(email));

-- A session is stored by the hash of its cookie value; logout revokes it for good.
create table advisor_session (
  id_hash      text primary key,
  advisor_id   uuid not null references advisor(id) on delete cascade,
  csrf_token   text not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  revoked_at   timestamptz
);
create index advisor_session_advisor_idx on advisor_session(advisor_id);

-- Who opened, took over, wrote to, handed back, closed or erased which conversation, and when. Never content.
create table audit_log (
  id               bigserial primary key,
  advisor_id       uuid references advisor(id) on delete set null,
  action           text not null,
  conversation_id  uuid,
  detail           jsonb not null default '{}',
  created_at       timestamptz not null default now()
);
create index audit_log_conversation_idx on audit_log(conversation_id, created_at);
create index audit_log_created_idx on audit_log(created_at);

alter table handoff_request add column summary_text text;
alter table handoff_request add column callback_requested_at timestamptz;
alter table handoff_request add column callback_offered_at timestamptz;
alter table handoff_request add constraint handoff_advisor_fk foreign key (advisor_id) references advisor(id) on delete set null;
alter table message add column advisor_id uuid references advisor(id) on delete set null;
