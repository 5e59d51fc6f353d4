// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bestPlace, Notices, overlapArea, type Place } from './notices.ts';

function setup() {
  document.body.replaceChildren();
  const root = document.createElement('div');
  const fallback = document.createElement('button');
  fallback.textContent = 'Continue';
  document.body.append(root, fallback);
  return { root, fallback, notices: new Notices(root, () => fallback) };
}

describe('Notices', () => {
  it('shows a text once unless asked to repeat it', () => {
    const { root, notices } = setup();
    expect(notices.show('Saves are off.')).not.toBeNull();
    expect(notices.show('Saves are off.')).toBeNull();
    expect(notices.show('Saves are off.', { repeat: true })).not.toBeNull();
    expect(root.querySelectorAll('[data-notice]')).toHaveLength(2);
  });

  it('names what each Dismiss button dismisses', () => {
    const { notices } = setup();
    const notice = notices.show('The save was set aside.')!;
    const button = notice.querySelector('button')!;
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('The save was set aside.');
  });

  it('moves focus to the next notice, then back to play, when a focused notice is dismissed', () => {
    const { root, fallback, notices } = setup();
    const first = notices.show('First.')!;
    const second = notices.show('Second.')!;
    first.querySelector('button')!.focus();
    first.querySelector('button')!.click();
    expect(document.activeElement).toBe(second.querySelector('button'));
    second.querySelector('button')!.click();
    expect(root.children).toHaveLength(0);
    expect(document.activeElement).toBe(fallback);
  });

  it('leaves focus alone when the dismissed notice did not hold it', () => {
    const { notices } = setup();
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    notices.show('Elsewhere.')!.querySelector('button')!.click();
    expect(document.activeElement).toBe(other);
  });

  it('replaces a keyed notice instead of piling up, and announces it again every time', () => {
    const { root, notices } = setup();
    let downloads = 0;
    const options = { key: 'save-failed', actions: [{ label: 'Download this debate', run: () => downloads++ }] };
    const first = notices.show('Your progress is not being saved.', options);
    const second = notices.show('Your progress is not being saved.', options);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(root.querySelectorAll('[data-notice]')).toHaveLength(1);
    [...second!.querySelectorAll('button')].find((b) => b.textContent === 'Download this debate')!.click();
    expect(downloads).toBe(1);
    notices.dismiss('save-failed');
    expect(root.querySelectorAll('[data-notice]')).toHaveLength(0);
  });

  it('stacks into one panel, the newest first', () => {
    const { root, notices } = setup();
    notices.show('First.');
    notices.show('Second.');
    expect([...root.querySelectorAll('[data-notice] p')].map((p) => p.textContent)).toEqual(['Second.', 'First.']);
  });

  it('lets an informational notice go on its own, but not while it is being read or used', () => {
    vi.useFakeTimers();
    try {
      const { root, notices } = setup();
      const notice = notices.show('Sound is on.', { timeoutMs: 2000 })!;
      notice.dispatchEvent(new Event('mouseenter'));
      vi.advanceTimersByTime(5000);
      expect(root.contains(notice)).toBe(true);
      notice.dispatchEvent(new Event('mouseleave'));
      vi.advanceTimersByTime(2100);
      expect(root.contains(notice)).toBe(false);
      // A problem with no timeout stays until dismissed.
      const problem = notices.show('Saves are off.')!;
      vi.advanceTimersByTime(60_000);
      expect(root.contains(problem)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('where the notices go', () => {
  const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
  const at = (entries: [Place, ReturnType<typeof box>][]) => new Map(entries);

  it('measures the overlap of two boxes', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 20, 20))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(0);
  });

  it('takes the first place that covers nothing it must not cover, else the one covering least', () => {
    const places = at([
      ['bottom', box(300, 600, 900, 700)],
      ['top', box(300, 20, 900, 120)],
      ['bottom-end', box(800, 600, 1260, 700)],
    ]);
    expect(bestPlace(places, [])).toBe('bottom');
    // The card a hint names sits at the bottom, under the panel: the panel goes to the top.
    expect(bestPlace(places, [box(400, 620, 600, 680)])).toBe('top');
    // The focused control at the top as well: the corner that covers neither.
    expect(bestPlace(places, [box(400, 620, 600, 680), box(400, 40, 600, 80)])).toBe('bottom-end');
    // The moves on offer are kept clear too when that costs nothing more...
    expect(bestPlace(places, [], [box(0, 600, 1280, 720)])).toBe('top');
    // ...but never at the price of what must stay visible.
    expect(bestPlace(places, [box(400, 40, 600, 80)], [box(0, 600, 1280, 720)])).toBe('bottom-end');
    // Nowhere is free: the least covered.
    expect(bestPlace(places, [box(0, 0, 1280, 90), box(0, 600, 1280, 720)])).toBe('top');
  });
});
