// Trusted Types (the policy requires them for every script sink, scripts/policy.ts): the game's one
// named policy. It lets through exactly one script URL, the offline worker's; everything else the
// game puts on the page is built as nodes and text, never parsed.

/** The worker the game registers (scripts/offline-plugin.ts writes it). */
export const WORKER_URL = './sw.js';
/** The policy's name; scripts/policy.ts allows only this one. */
export const POLICY_NAME = 'round-table';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

let policy: { createScriptURL(input: string): unknown } | null = null;

/** The worker's URL as the browser wants it: a TrustedScriptURL where Trusted Types exist. */
export function trustedWorkerUrl(): string {
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return WORKER_URL;
  policy ??= types.createPolicy(POLICY_NAME, {
    createScriptURL(input) {
      if (input !== WORKER_URL) throw new TypeError(`Only ${WORKER_URL} may be loaded as a script URL.`);
      return input;
    },
  });
  // A TrustedScriptURL stands in for the string (the DOM typings do not know it yet).
  return policy.createScriptURL(WORKER_URL) as string;
}
