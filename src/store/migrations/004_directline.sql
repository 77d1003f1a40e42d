-- The built-in Direct Line endpoint for Web Chat: each conversation's activity stream.
-- The bigserial id is the watermark a polling client passes back.
create table directline_activity (
  id               bigserial primary key,
  conversation_key text not null,
  activity         jsonb not null,
  created_at       timestamptz not null default now()
);
create index directline_activity_conversation_idx on directline_activity(conversation_key, id);
