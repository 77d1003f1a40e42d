-- SMS: every inbound text as received, what was sent through which provider, opt-outs, and the
-- rest of an answer waiting for "Svara MER".

-- The inbox: written before the webhook is acknowledged, so a text is never lost between the
-- provider's request and the answer; unique per provider message id, so a redelivery (46elks
-- retries for hours) is processed once; claimed per number, oldest first, so replies keep order.
create table sms_inbound (
  id                   bigserial primary key,
  provider             text not null,
  provider_message_id  text not null,
  number_hash          text not null,            -- keyed hash of the E.164 number (what logs show)
  phone                text,                     -- E.164; cleared once processed
  body                 text,                     -- cleared once processed (the message table keeps the transcript)
  media_count          int not null default 0,
  status               text not null default 'pending' check (status in ('pending', 'done', 'opted_out', 'rate_limited', 'failed')),
  attempts             int not null default 0,
  locked_until         timestamptz,
  last_error           text,
  received_at          timestamptz not null default now(),
  processed_at         timestamptz,
  unique (provider, provider_message_id)
);
create index sms_inbound_pending_idx on sms_inbound(number_hash, id) where status = 'pending';
create index sms_inbound_number_idx on sms_inbound(number_hash, received_at);

-- STOPP/STOP: nothing more is sent to the number (except the one confirmation) until START.
create table sms_opt_out (
  number_hash              text primary key,
  opted_out_at             timestamptz not null default now(),
  confirmation_message_id  bigint
);

-- Each SMS handed to a provider, for its delivery status callbacks.
create table sms_delivery (
  provider             text not null,
  provider_message_id  text not null,
  outbox_id            bigint references outbox(id) on delete cascade,
  conversation_id      uuid references conversation(id) on delete cascade,
  segments             int not null,
  status               text not null,
  error                text,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (provider, provider_message_id)
);
create index sms_delivery_outbox_idx on sms_delivery(outbox_id);

-- The part of a long answer not yet sent to a number; "MER" sends the next part.
create table sms_continuation (
  number_hash  text primary key,
  rest         text not null,
  updated_at   timestamptz not null default now()
);
