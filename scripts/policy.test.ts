// The Content-Security-Policy: strict in the build (no inline style, Trusted Types with the game's
// one policy), looser only for the dev server, and the README's host headers say the same.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_NAME } from '../src/platform/trusted-types.ts';
import { hostHeaders, policyText, TRUSTED_TYPES_POLICY } from './policy.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('the policy', () => {
  it('allows no inline style or script, no eval, and requires Trusted Types in a build', () => {
    const meta = policyText('meta');
    expect(directive(meta, 'style-src')).toBe("style-src 'self'");
    expect(directive(meta, 'script-src')).toBe("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive(meta, 'require-trusted-types-for')).toBe("require-trusted-types-for 'script'");
    expect(directive(meta, 'trusted-types')).toBe(`trusted-types ${POLICY_NAME}`);
    expect(TRUSTED_TYPES_POLICY).toBe(POLICY_NAME);
    // frame-ancestors is ignored in a <meta> policy: it belongs to the header only.
    expect(meta).not.toContain('frame-ancestors');
    expect(policyText('header')).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('loosens only what the dev server needs (injected styles, its error overlay)', () => {
    const dev = policyText('dev');
    expect(directive(dev, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(dev).not.toContain('trusted-types');
    expect(directive(dev, 'script-src')).toBe("script-src 'self'");
  });

  it('is the policy the README tells hosts to send, header for header', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
    const block = /```http\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';
    expect(block.split('\n')).toEqual(hostHeaders().map(([name, value]) => `${name}: ${value}`));
  });
});
