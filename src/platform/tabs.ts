// Other tabs of the game in the same browser: each tab says when it plays a debate, so a player
// who duplicated a tab (or a classmate on the same shared computer) learns that two debates are
// running and both write to the same storage. BroadcastChannel where the browser has it; without
// it the game simply does not know.

export interface TabPresence {
  /** This tab started (true) or left (false) a debate. */
  setPlaying(playing: boolean): void;
  /** Calls back once for each other tab seen playing a debate while this one is open. */
  onOtherPlaying(listener: () => void): void;
  close(): void;
}

type Message = { type: 'hello' | 'playing' | 'idle' | 'bye'; tab: string };

export const TAB_CHANNEL = 'round-table:tabs';

interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function openTabPresence(makeChannel: () => ChannelLike | null = browserChannel): TabPresence {
  let channel: ChannelLike | null = null;
  try {
    channel = makeChannel();
  } catch {
    channel = null;
  }
  const tab = Math.random().toString(36).slice(2, 10);
  let playing = false;
  const listeners: (() => void)[] = [];
  const told = new Set<string>();
  const post = (type: Message['type']) => {
    try {
      channel?.postMessage({ type, tab } satisfies Message);
    } catch {
      // A closed channel: nothing to tell.
    }
  };
  channel?.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as Partial<Message> | null;
    if (!data || typeof data.tab !== 'string' || data.tab === tab) return;
    if (data.type === 'hello' && playing) post('playing');
    if (data.type === 'playing' && !told.has(data.tab)) {
      told.add(data.tab);
      // It may not know of this tab's debate yet.
      if (playing) post('playing');
      for (const listener of listeners) listener();
    }
    if (data.type === 'bye' || data.type === 'idle') told.delete(data.tab);
  });
  return {
    setPlaying(next) {
      if (next === playing) return;
      playing = next;
      post(next ? 'playing' : 'idle');
    },
    onOtherPlaying(listener) {
      listeners.push(listener);
      // Ask who is playing now that someone listens for the answers.
      if (listeners.length === 1) post('hello');
    },
    close() {
      post('bye');
      channel?.close();
      channel = null;
    },
  };
}

function browserChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null;
}
