// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Notices } from './notices.ts';

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
});
