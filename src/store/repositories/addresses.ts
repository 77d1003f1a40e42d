import type { Db } from '../db.js';

/**
 * Where a member can be reached later on their own channel: a Bot Framework conversation
 * reference, a phone number… Stored per channel conversation so that any instance can send a
 * proactive message (an advisor's reply, a retried answer).
 */
export class ChannelAddressRepository {
  constructor(private readonly db: Db) {}

  async save(channel: string, channelConversationId: string, address: unknown): Promise<void> {
    await this.db.query(
      `insert into channel_address(channel, channel_conversation_id, address) values ($1, $2, $3)
       on conflict (channel, channel_conversation_id) do update set address = excluded.address, updated_at = now()
       where channel_address.address is distinct from excluded.address`,
      [channel, channelConversationId, JSON.stringify(address)],
    );
  }

  async get<A = unknown>(channel: string, channelConversationId: string): Promise<A | undefined> {
    const rows = await this.db.query<{ address: A | string }>('select address from channel_address where channel = $1 and channel_conversation_id = $2', [channel, channelConversationId]);
    const address = rows[0]?.address;
    return typeof address === 'string' ? (JSON.parse(address) as A) : address;
  }
}
