// The page address, injected so tests can replace it: the replay link lives in the fragment (never
// the query string, so it is never sent to a server), and reading it must not reload the page.

export interface PageAddress {
  /** The fragment with its '#', or '' when there is none. */
  fragment(): string;
  /** The address of this page with `fragment` in place of the current one. */
  withFragment(fragment: string): string;
  /** Removes the fragment without reloading and without a new history entry. */
  clearFragment(): void;
  /** Calls back when the fragment changes (the player pasted a link into the address bar). */
  onFragmentChange(listener: () => void): void;
}

export class BrowserAddress implements PageAddress {
  constructor(private readonly win: Window = window) {}

  fragment(): string {
    return this.win.location.hash;
  }

  withFragment(fragment: string): string {
    const url = new URL(this.win.location.href);
    url.hash = fragment;
    return url.href;
  }

  clearFragment(): void {
    const url = new URL(this.win.location.href);
    url.hash = '';
    try {
      this.win.history.replaceState(this.win.history.state, '', url.pathname + url.search);
    } catch {
      // Some sandboxed pages refuse history changes; the fragment then simply stays.
    }
  }

  onFragmentChange(listener: () => void): void {
    this.win.addEventListener('hashchange', listener);
  }
}

/** An address in memory, for tests. */
export class MemoryAddress implements PageAddress {
  private listeners: (() => void)[] = [];

  constructor(
    private hash = '',
    private readonly base = 'http://localhost/',
  ) {}

  fragment(): string {
    return this.hash;
  }

  withFragment(fragment: string): string {
    return this.base + (fragment.startsWith('#') ? fragment : `#${fragment}`);
  }

  clearFragment(): void {
    this.hash = '';
  }

  onFragmentChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Simulates the player editing the address bar. */
  navigate(fragment: string): void {
    this.hash = fragment;
    for (const listener of this.listeners) listener();
  }
}
