-- Outbound delivery: where each conversation can be reached, the outbox, and answer feedback.

-- How to reach a member on their channel later (a Teams conversation reference, a phone number…).
create table channel_address (
  channel                 text not null,
  channel_conversation_id text not null,
  address                 jsonb not null,
  updated_at              timestamptz not null default now(),
  primary key (channel, channel_conversation_id)
);

-- Every reply and proactive message leaves through here: written in the same transaction as
-- the message it carries, delivered (and retried with back-off) by whichever instance claims it.
create table outbox (
  id               bigserial primary key,
  conversation_id  uuid not null references conversation(id) on delete cascade,
  message_id       bigint references message(id) on delete cascade,
  channel          text not null,
  payload          jsonb not null,
  status           text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts         int not null default 0,
  next_attempt_at  timestamptz not null default now(),
  locked_until     timestamptz,
  last_error       text,
  created_at       timestamptz not null default now(),
  delivered_at     timestamptz
);
create index outbox_due_idx on outbox(next_attempt_at, id) where status = 'pending';
create index outbox_conversation_idx on outbox(conversation_id, id);

-- 👍/👎 on an answer, stored with the answer it rates.
create table answer_feedback (
  id               bigserial primary key,
  message_id       bigint not null references message(id) on delete cascade,
  conversation_id  uuid not null references conversation(id) on delete cascade,
  rating           text not null check (rating in ('up', 'down')),
  created_at       timestamptz not null default now(),
  unique (message_id)
);
