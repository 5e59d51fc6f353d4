// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import table from '../../../story/cast.json';
import type { CastSheet } from '../../debate/core/cast.ts';
import type { LineEvent } from '../../debate/core/events.ts';
import { loadCatalogue, useLocale } from '../../i18n/index.ts';
import { captionFor, Transcript } from './transcript.ts';

const cast = table as unknown as CastSheet;
const line = (text: string): LineEvent => ({ type: 'line', speaker: 'sediqi', text, sources: ['f-sediqi'], dramatized: false });

describe('Transcript', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const log = document.createElement('div');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    document.body.replaceChildren(log);
    return { log, transcript: new Transcript(log, cast) };
  }

  it('starts each entry with the speaker and marks its source', () => {
    const { log, transcript } = setup();
    transcript.addLine(line('The US demands ransom.'));
    expect(log.textContent).toBe('Kazem Sediqi: The US demands ransom. (source f-sediqi)');
  });

  it("shows a sourced line's dramatized lead-in in italics, and says so", () => {
    const { log, transcript } = setup();
    transcript.addLine({ ...line('I said it plainly: the US demands ransom.'), leadIn: 'I said it plainly:' });
    expect(log.querySelector('em.line__lead-in')?.textContent).toBe('I said it plainly:');
    expect(log.textContent).toBe('Kazem Sediqi: I said it plainly: the US demands ransom. (lead-in dramatized; source f-sediqi)');
  });

  it("writes a line's notes and a caption's parts with the page language's punctuation (a Persian semicolon in Persian)", async () => {
    await loadCatalogue('fa');
    useLocale('fa');
    try {
      const { log, transcript } = setup();
      transcript.addLine({ ...line('I said it plainly: the US demands ransom.'), leadIn: 'I said it plainly:', grade: 'strong' });
      const notes = log.querySelector('.transcript__meta')?.textContent ?? '';
      expect(notes).toContain('؛');
      expect(notes).not.toContain(';');
      const caption = captionFor(cast, { type: 'meters', meters: { audience: 60, credibility: 40 }, delta: { audience: 10, credibility: -10 } });
      expect(caption).toContain('؛');
      expect(caption).not.toContain(';');
    } finally {
      useLocale('en');
    }
  });

  it('rebuilds silently: announcements resume only after the rebuilt log has been drawn', () => {
    const { log, transcript } = setup();
    transcript.rebuild([line('One.'), line('Two.')], () => null);
    expect(log.children).toHaveLength(2);
    expect(log.getAttribute('aria-live')).toBe('off');
    vi.advanceTimersToNextFrame();
    expect(log.getAttribute('aria-live')).toBe('off');
    vi.advanceTimersToNextFrame();
    expect(log.getAttribute('aria-live')).toBe('polite');
  });

  it('keeps a second rebuild silent until its own frames have passed', () => {
    const { log, transcript } = setup();
    transcript.rebuild([line('One.')], () => null);
    vi.advanceTimersToNextFrame();
    transcript.rebuild([line('One.'), line('Two.')], () => null);
    vi.advanceTimersToNextFrame();
    expect(log.getAttribute('aria-live')).toBe('off');
    vi.advanceTimersToNextFrame();
    expect(log.getAttribute('aria-live')).toBe('polite');
  });
});
