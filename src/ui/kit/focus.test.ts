// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusBeforeNextFrame } from './focus.ts';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const button = (name: string) => {
  const b = document.createElement('button');
  b.textContent = name;
  document.body.append(b);
  return b;
};

describe('focusBeforeNextFrame', () => {
  beforeEach(() => document.body.replaceChildren());

  it('moves focus in the next animation frame, not at once', async () => {
    const target = button('Continue');
    focusBeforeNextFrame(target);
    expect(document.activeElement).not.toBe(target);
    await nextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('moves it when the focused element left the page meanwhile (focus fell to the body)', async () => {
    const old = button('The short table');
    old.focus();
    const target = button('Continue');
    focusBeforeNextFrame(target);
    old.remove();
    await nextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('leaves focus where the player moved it in between', async () => {
    const old = button('The short table');
    old.focus();
    const target = button('Continue');
    const other = button('Settings');
    focusBeforeNextFrame(target);
    other.focus();
    await nextFrame();
    expect(document.activeElement).toBe(other);
  });

  it('gives focus to the latest request of the frame, once', async () => {
    const first = button('Continue');
    const second = button('Choices');
    focusBeforeNextFrame(first);
    focusBeforeNextFrame(second);
    await nextFrame();
    expect(document.activeElement).toBe(second);
    first.focus();
    await nextFrame();
    expect(document.activeElement).toBe(first);
  });

  it('does nothing for an element no longer on the page', async () => {
    const stay = button('Stay');
    stay.focus();
    const target = button('Continue');
    focusBeforeNextFrame(target);
    target.remove();
    await nextFrame();
    expect(document.activeElement).toBe(stay);
  });
});
