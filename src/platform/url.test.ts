import { describe, expect, it } from 'vitest';
import { BrowserAddress, MemoryAddress } from './url.ts';

/** Just enough of a window for the address: location, history and hashchange. */
function fakeWindow(href: string) {
  const listeners: (() => void)[] = [];
  const win = {
    location: {
      get href() {
        return href;
      },
      get hash() {
        return new URL(href).hash;
      },
    },
    history: {
      state: { kept: true },
      replaceState(_state: unknown, _title: string, url: string) {
        href = new URL(url, href).href;
      },
    },
    addEventListener(type: string, listener: () => void) {
      if (type === 'hashchange') listeners.push(listener);
    },
    navigate(next: string) {
      href = next;
      for (const l of listeners) l();
    },
  };
  return win;
}

describe('the page address', () => {
  it('reads the fragment, builds links in the fragment (never the query) and clears it in place', () => {
    const win = fakeWindow('https://example.test/game/?lang=en#play=v1.f.1.0123abcd.01');
    const address = new BrowserAddress(win as unknown as Window);
    expect(address.fragment()).toBe('#play=v1.f.1.0123abcd.01');
    expect(address.withFragment('#play=v1.s.2.0123abcd.')).toBe('https://example.test/game/?lang=en#play=v1.s.2.0123abcd.');
    address.clearFragment();
    expect(win.location.href).toBe('https://example.test/game/?lang=en');
    expect(address.fragment()).toBe('');
  });

  it('hears a fragment pasted into the address bar', () => {
    const win = fakeWindow('https://example.test/');
    const heard: string[] = [];
    const address = new BrowserAddress(win as unknown as Window);
    address.onFragmentChange(() => heard.push(address.fragment()));
    win.navigate('https://example.test/#play=x');
    expect(heard).toEqual(['#play=x']);
  });

  it('has an in-memory stand-in for tests', () => {
    const address = new MemoryAddress('#a');
    const heard: string[] = [];
    address.onFragmentChange(() => heard.push(address.fragment()));
    address.navigate('#b');
    expect(heard).toEqual(['#b']);
    expect(address.withFragment('c')).toBe('http://localhost/#c');
    address.clearFragment();
    expect(address.fragment()).toBe('');
  });
});
