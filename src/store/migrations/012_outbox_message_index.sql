-- An outbox row by the message it carries: the transcript's "not delivered" mark looks rows up
-- this way for every message, and deleting a conversation's messages (retention) deletes their
-- outbox rows this way too. Without it both scanned the whole outbox once per message.
create index outbox_message_idx on outbox(message_id);
