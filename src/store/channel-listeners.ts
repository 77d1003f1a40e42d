import { assertChannelName } from './db.js';

type Handler = (payload: string) => void;

/**
 * The handlers of each LISTEN/NOTIFY channel, for the stores: the first handler of a channel
 * subscribes the connection to it, and the last one to leave unsubscribes it. The stores differ
 * only in how they send LISTEN and UNLISTEN.
 */
export class ChannelListeners {
  private readonly byChannel = new Map<string, Set<Handler>>();

  /** The channels with at least one handler (to subscribe again after a reconnect). */
  channels(): IterableIterator<string> {
    return this.byChannel.keys();
  }

  /** Hands a notification to the channel's handlers. */
  dispatch(channel: string, payload: string): void {
    for (const handler of this.byChannel.get(channel) ?? []) handler(payload);
  }

  /** Adds a handler; returns the function that removes it. */
  async add(
    channel: string,
    handler: Handler,
    { subscribe, unsubscribe }: { subscribe: () => Promise<unknown>; unsubscribe: () => Promise<unknown> },
  ): Promise<() => Promise<void>> {
    assertChannelName(channel);
    let set = this.byChannel.get(channel);
    if (!set) {
      set = new Set();
      this.byChannel.set(channel, set);
      await subscribe();
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0 && this.byChannel.get(channel) === set) {
        this.byChannel.delete(channel);
        await unsubscribe();
      }
    };
  }
}
