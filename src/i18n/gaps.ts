// Which messages a catalogue lacks, measured against the reference (English): a missing message,
// or one of another kind (words where a function of the numbers is expected, or a group), would
// show a player nothing, or a key name. The type system checks catalogues written in TypeScript;
// this checks any catalogue at run time (src/i18n/catalogue.test.ts).

type Kind = 'words' | 'message' | 'group' | 'missing' | 'other';

const kindOf = (value: unknown): Kind =>
  value === undefined ? 'missing' : typeof value === 'string' ? 'words' : typeof value === 'function' ? 'message' : typeof value === 'object' && value !== null ? 'group' : 'other';

/** Every path (`map.tabs.overview`) where `candidate` lacks a message of `reference`, or has one it does not. */
export function catalogueGaps(reference: unknown, candidate: unknown, at = ''): string[] {
  const want = kindOf(reference);
  const have = kindOf(candidate);
  if (want !== have) return [`${at || '(the catalogue)'}: ${have === 'missing' ? 'missing' : `${have} where ${want} is expected`}`];
  if (want !== 'group') return [];
  const ref = reference as Record<string, unknown>;
  const cand = candidate as Record<string, unknown>;
  const gaps: string[] = [];
  for (const key of Object.keys(ref)) gaps.push(...catalogueGaps(ref[key], cand[key], at ? `${at}.${key}` : key));
  for (const key of Object.keys(cand)) if (!(key in ref)) gaps.push(`${at ? `${at}.${key}` : key}: not in the reference catalogue`);
  return gaps;
}

/** Every words leaf of a catalogue, with its path. */
export function* wordsOf(catalogue: unknown, at = ''): Generator<[string, string]> {
  if (typeof catalogue === 'string') yield [at, catalogue];
  else if (typeof catalogue === 'object' && catalogue !== null) {
    for (const [key, value] of Object.entries(catalogue)) yield* wordsOf(value, at ? `${at}.${key}` : key);
  }
}
