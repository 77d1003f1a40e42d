-- Conversations, their messages, and handoff requests.
create table conversation (
  id                      uuid primary key,
  channel                 text not null,
  channel_conversation_id text not null,
  member_key              text,
  state                   text not null default 'bot' check (state in ('bot', 'queued', 'advisor', 'closed')),
  language                text not null default 'sv',
  abstain_streak          int not null default 0,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  closed_at               timestamptz
);
-- At most one open conversation per channel conversation; after closing, a new one starts.
create unique index conversation_open_idx on conversation(channel, channel_conversation_id) where state <> 'closed';
create index conversation_updated_idx on conversation(updated_at);

create table message (
  id                  bigserial primary key,
  conversation_id     uuid not null references conversation(id) on delete cascade,
  author              text not null check (author in ('member', 'bot', 'advisor', 'system')),
  text                text not null,
  kind                text,                 -- reply kind for bot messages
  intent              text,                 -- detected intent for member messages
  citations           jsonb not null default '[]',
  channel             text not null,
  provider_message_id text,
  created_at          timestamptz not null default now()
);
create index message_conversation_idx on message(conversation_id, id);
-- Webhook idempotency: one stored message per provider message id and channel.
create unique index message_provider_idx on message(channel, provider_message_id) where provider_message_id is not null;

create table handoff_request (
  id               uuid primary key,
  conversation_id  uuid not null references conversation(id) on delete cascade,
  reason           text not null check (reason in ('asked_for_human', 'personal_case', 'crisis', 'abstained', 'callback')),
  priority         int not null,            -- 0 urgent, 1 high, 2 normal
  channel          text not null,
  status           text not null default 'offered' check (status in ('offered', 'queued', 'claimed', 'cancelled', 'done')),
  topic            text,
  summary          jsonb,
  callback_phone   text,
  advisor_id       uuid,
  created_at       timestamptz not null default now(),
  queued_at        timestamptz,
  claimed_at       timestamptz,
  closed_at        timestamptz
);
create index handoff_open_idx on handoff_request(status, priority, queued_at) where status in ('offered', 'queued', 'claimed');
create index handoff_conversation_idx on handoff_request(conversation_id);
