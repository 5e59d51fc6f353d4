import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import { PRESETS } from '../core/contract.ts';
import { DebateEngine } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import {
  buildOf,
  decodeLink,
  encodeLink,
  linkTo,
  MAX_CHOICE_IN_LINK,
  MAX_LINK_LENGTH,
  normalizeFragment,
  replayLink,
  type ReplayLink,
} from './link.ts';
import { MAX_PATH_LENGTH } from './save.ts';

const engine = () => new DebateEngine(json, storyHash);
const transcript = (e: DebateEngine) =>
  e.events.filter((x): x is LineEvent => x.type === 'line').map((x) => `${x.speaker}: ${x.text}`);

const arbitraryLink: fc.Arbitrary<ReplayLink> = fc.record({
  preset: fc.constantFrom(...PRESETS),
  seed: fc.maxSafeNat(),
  build: fc.stringMatching(/^[0-9a-f]{8}$/),
  path: fc.array(fc.integer({ min: 0, max: MAX_CHOICE_IN_LINK }), { maxLength: MAX_PATH_LENGTH }),
});

/**
 * A decoded link must be exactly what its text says: nothing loose is accepted (beyond the
 * prefix's case and one layer of percent-encoding, which normalizeFragment undoes).
 */
function decodesCanonically(text: string): boolean {
  const decoded = decodeLink(text);
  if (!decoded.ok) return typeof decoded.error.code === 'string' && decoded.error.subject === 'link';
  return encodeLink(decoded.value) === normalizeFragment(text);
}

describe('replay link codec', () => {
  it('writes the documented form', () => {
    expect(encodeLink({ preset: 'full', seed: 36, build: '0123abcd', path: [0, 1, 10, 35, 36, 63] })).toBe(
      '#play=v1.f.10.0123abcd.01azA_',
    );
    expect(encodeLink({ preset: 'short', seed: 0, build: 'ffffffff', path: [] })).toBe('#play=v1.s.0.ffffffff.');
  });

  it('round-trips every link (10,000 cases)', () => {
    fc.assert(
      fc.property(arbitraryLink, (link) => {
        const text = encodeLink(link);
        expect(text.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(decodeLink(text)).toEqual({ ok: true, value: link });
        expect(decodeLink(text.slice(1))).toEqual({ ok: true, value: link });
      }),
      { numRuns: 10000 },
    );
  });

  it('rejects mutated links cleanly: never throws, and only accepts what re-encodes exactly (10,000 cases)', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 5, unit: 'binary' }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(arbitraryLink, fc.array(mutation, { minLength: 1, maxLength: 4 }), (link, mutations) => {
        let text = encodeLink(link);
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'replace') text = text.slice(0, at) + m.char + text.slice(at + 1);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
          else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.count);
          else text = text.slice(0, at);
        }
        expect(decodesCanonically(text)).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });

  it('rejects random strings cleanly (10,000 cases)', () => {
    const randomFragment = fc.oneof(
      fc.string({ maxLength: 3000, unit: 'binary' }),
      fc.string({ maxLength: 60 }).map((s) => `#play=${s}`),
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 7 }).map((parts) => `#play=v1.${parts.join('.')}`),
    );
    fc.assert(
      fc.property(randomFragment, (text) => {
        expect(decodesCanonically(text)).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });

  type Case = [string, string, Record<string, unknown>];
  const cases: Case[] = [
    ['a fragment that is no link', '#choices', { code: 'not-a-link' }],
    ['an oversized link', `#play=v1.f.1.0123abcd.${'0'.repeat(MAX_LINK_LENGTH)}`, { code: 'too-large' }],
    ['a missing part', '#play=v1.f.1.0123abcd', { code: 'link-damaged', part: 'parts' }],
    ['another format', '#play=v9.f.1.0123abcd.0', { code: 'other-format', found: { kind: 'text', text: 'v9' } }],
    ['an unknown table size', '#play=v1.x.1.0123abcd.0', { code: 'link-damaged', part: 'table' }],
    ['a damaged seed', '#play=v1.f.-1.0123abcd.0', { code: 'link-damaged', part: 'seed' }],
    ['a padded seed', '#play=v1.f.01.0123abcd.0', { code: 'link-damaged', part: 'seed' }],
    ['a seed beyond safe integers', '#play=v1.f.zzzzzzzzzzz.0123abcd.0', { code: 'link-damaged', part: 'seed' }],
    ['a damaged build', '#play=v1.f.1.0123ABCD.0', { code: 'link-damaged', part: 'build' }],
    ['a damaged path', '#play=v1.f.1.0123abcd.0<b>', { code: 'link-damaged', part: 'choices' }],
    ['too many choices', `#play=v1.f.1.0123abcd.${'0'.repeat(MAX_PATH_LENGTH + 1)}`, { code: 'too-many-choices' }],
    ['a broken percent-encoding', '#play%3Dv1.f.1.0123abcd.%E0%A4%A', { code: 'link-damaged', part: 'encoding' }],
  ];
  it.each(cases)('refuses %s with its reason', (_, text, reason) => {
    const decoded = decodeLink(text);
    expect(decoded).toMatchObject({ ok: false, error: { subject: 'link', ...reason } });
  });

  it('reads #Play= and a percent-encoded #play%3D as the same link', () => {
    const link: ReplayLink = { preset: 'short', seed: 77, build: '0123abcd', path: [0, 1, 35] };
    const text = encodeLink(link);
    expect(decodeLink(text.replace('#play=', '#Play='))).toEqual({ ok: true, value: link });
    expect(decodeLink(text.replace('#play=', '#PLAY='))).toEqual({ ok: true, value: link });
    expect(decodeLink(`#${encodeURIComponent(text.slice(1))}`)).toEqual({ ok: true, value: link });
    expect(decodeLink(text.replace('#play=', '#play%3d'))).toEqual({ ok: true, value: link });
    expect(decodeLink(text.replace('#play=', '#Play%3D'))).toEqual({ ok: true, value: link });
    // The rest of the link keeps its case: choices 10-35 and 36-61 differ only by it.
    expect(decodeLink(text.toUpperCase())).toMatchObject({ ok: false });
  });

  it('refuses a link from another story build', () => {
    const text = encodeLink({ preset: 'full', seed: 5, build: '00000000', path: [1] });
    expect(decodeLink(text, 'abcdef0123456789')).toMatchObject({ ok: false, error: { code: 'other-build' } });
    expect(decodeLink(text, '00000000ffff').ok).toBe(true);
  });
});

describe('replaying a link on the engine', () => {
  it('reproduces the transcript of the run that made it', () => {
    const original = engine();
    original.start('full', 123);
    original.choose(0);
    original.choose(1);
    const link = linkTo(original);
    expect(link).toBe(`#play=v1.f.3f.${buildOf(storyHash)}.01`);
    const opened = engine();
    expect(replayLink(opened, link)).toMatchObject({ status: 'replayed' });
    expect(transcript(opened)).toEqual(transcript(original));
    expect(opened.state).toEqual(original.state);
    expect(opened.path).toEqual([0, 1]);
  });

  it('refuses choices that the debate never offers, and leaves other fragments alone', () => {
    const e = engine();
    const link = encodeLink({ preset: 'full', seed: 1, build: buildOf(storyHash), path: [0, 9] });
    expect(replayLink(e, link)).toMatchObject({ status: 'refused', reason: { code: 'path-does-not-fit', subject: 'link' } });
    expect(replayLink(e, '#transcript')).toEqual({ status: 'not-a-link' });
  });

  it('never throws on mutated links, and a replayed link is always a real position (2,000 cases)', () => {
    const good = (() => {
      const e = engine();
      e.start('short', 77);
      e.choose(0);
      e.choose(1);
      return linkTo(e);
    })();
    const e = engine();
    fc.assert(
      fc.property(fc.nat(good.length), fc.string({ maxLength: 3 }), (at, insert) => {
        const text = good.slice(0, at) + insert + good.slice(at + 1);
        const outcome = replayLink(e, text);
        if (outcome.status === 'replayed') expect(e.path).toEqual(outcome.link.path);
        else if (outcome.status === 'refused') expect(outcome.reason.subject).toBe('link');
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
