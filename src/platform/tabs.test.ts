// Tabs of the game hear of each other's debates over one channel.
import { describe, expect, it } from 'vitest';
import { openTabPresence } from './tabs.ts';

/** Channels in memory that deliver to every other channel of the same bus, like BroadcastChannel. */
function bus() {
  const members: { deliver(data: unknown): void }[] = [];
  return () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const me = { deliver: (data: unknown) => listeners.forEach((l) => l({ data } as MessageEvent)) };
    members.push(me);
    return {
      postMessage: (data: unknown) => members.filter((m) => m !== me).forEach((m) => m.deliver(structuredClone(data))),
      addEventListener: (_: 'message', listener: (event: MessageEvent) => void) => listeners.push(listener),
      close: () => members.splice(members.indexOf(me), 1),
    };
  };
}

describe('tab presence', () => {
  it('tells an open tab when another starts a debate, and a new tab that one is under way', () => {
    const channel = bus();
    const a = openTabPresence(channel);
    let toldA = 0;
    a.onOtherPlaying(() => toldA++);
    const b = openTabPresence(channel);
    let toldB = 0;
    b.onOtherPlaying(() => toldB++);
    b.setPlaying(true);
    expect([toldA, toldB]).toEqual([1, 0]);
    a.setPlaying(true);
    expect(toldB).toBe(1);
    // Told once per episode, not on every message.
    b.setPlaying(false);
    b.setPlaying(true);
    expect(toldA).toBe(2);
    // A tab opened later learns at once of the debates under way.
    const c = openTabPresence(channel);
    let toldC = 0;
    c.onOtherPlaying(() => toldC++);
    expect(toldC).toBe(2);
    c.close();
  });

  it('is quiet without BroadcastChannel', () => {
    const presence = openTabPresence(() => null);
    presence.setPlaying(true);
    presence.close();
  });
});
