// Sample arguments for every message of a catalogue, read from the reference catalogue's types
// (the TypeScript checker over src/i18n/en.ts), so a test can call every message of every language
// with arguments of the right kinds, every literal of a union and both sides of a boolean among them,
// and a message added to English is sampled without anyone writing its arguments down.
// For tests only (it loads the TypeScript compiler); the game never imports it.
import ts from 'typescript';

/** What a string parameter is given: no letters and no digits, so what a message shows of its own words is all its own. */
export const TEXT_SAMPLE = '◇';
export const NUMBER_SAMPLES = [0, 1, 3, 1200] as const;

/**
 * Strings whose contents the message itself reads, by parameter name, or by the `code` of the reason
 * that holds them and the property: a
 * save's field name, the numbers views write before they pass them.
 */
const BY_PROPERTY: Record<string, readonly string[]> = {
  'bad-field.field': ['storyHash', 'preset', 'seed', 'path', 'endedAt'],
  // Numbers a view writes before it passes them (a change, a slot), as the views write them today.
  change: ['+3', '−2', '-1.5', '±0'],
  audienceChange: ['+3', '−2', '±0'],
  credibilityChange: ['+12', '−1'],
  slot: ['1', '3'],
};

/** Calls above this many combinations of the parameters' samples are paired up instead of crossed. */
const MAX_CROSS = 256;

/** Every message (a function) of the catalogue exported as `exportName` from `file`, by path, with the argument lists to call it with. */
export function messageSamples(file: string, exportName: string): Map<string, unknown[][]> {
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === exportName);
  if (!exported) throw new Error(`${file} exports no ${exportName}`);
  const found = new Map<string, unknown[][]>();

  const samplesOf = (type: ts.Type, hint: string | undefined, depth: number): unknown[] => {
    if (depth > 6) throw new Error(`a parameter type nests too deep to sample: ${checker.typeToString(type)}`);
    if (hint && BY_PROPERTY[hint] && type.flags & ts.TypeFlags.String) return [...BY_PROPERTY[hint]];
    if (type.isUnion()) return dedupe(type.types.flatMap((t) => samplesOf(t, hint, depth + 1)));
    if (type.flags & ts.TypeFlags.StringLiteral) return [(type as ts.StringLiteralType).value];
    if (type.flags & ts.TypeFlags.NumberLiteral) return [(type as ts.NumberLiteralType).value];
    if (type.flags & ts.TypeFlags.BooleanLiteral) return [checker.typeToString(type) === 'true'];
    if (type.flags & ts.TypeFlags.Boolean) return [true, false];
    if (type.flags & ts.TypeFlags.String) return [TEXT_SAMPLE];
    if (type.flags & ts.TypeFlags.Number) return [...NUMBER_SAMPLES];
    if (type.flags & ts.TypeFlags.Null) return [null];
    if (type.flags & ts.TypeFlags.Undefined) return [undefined];
    if (type.getSymbol()?.name === 'Date') return [new Date(2026, 2, 2, 10, 15)];
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const element = checker.getTypeArguments(type as ts.TypeReference)[0];
      if (!element) return [[]];
      const items = samplesOf(element, hint, depth + 1);
      return [items.slice(0, 3), items.slice(0, 1), []];
    }
    if (type.flags & ts.TypeFlags.Object) {
      const code = checker.getPropertiesOfType(type).find((p) => p.name === 'code');
      const codeType = code && checker.getTypeOfSymbol(code);
      const context = codeType?.isStringLiteral() ? `${codeType.value}.` : '';
      const props = checker.getPropertiesOfType(type).map((p) => {
        const propType = checker.getTypeOfSymbol(p);
        const values = samplesOf(propType, context + p.name, depth + 1);
        return [p.name, p.flags & ts.SymbolFlags.Optional ? dedupe([...values, undefined]) : values] as const;
      });
      return zip(props.map(([, values]) => values)).map((row) => Object.fromEntries(props.map(([name], i) => [name, row[i]])));
    }
    throw new Error(`cannot sample a parameter of type ${checker.typeToString(type)}${hint ? ` (${hint})` : ''}`);
  };

  const walk = (type: ts.Type, at: string) => {
    const signature = type.getCallSignatures()[0];
    if (signature) {
      const lists = signature.parameters.map((p) => {
        try {
          return samplesOf(checker.getTypeOfSymbol(p), p.name, 0);
        } catch (error) {
          throw new Error(`${at}, parameter ${p.name}: ${(error as Error).message}`, { cause: error });
        }
      });
      found.set(at, product(lists));
      return;
    }
    // Words, and lists of words (a table's columns), hold no message.
    if (type.flags & ts.TypeFlags.StringLike || !(type.flags & ts.TypeFlags.Object) || checker.isArrayType(type) || checker.isTupleType(type)) return;
    for (const p of checker.getPropertiesOfType(type)) walk(checker.getTypeOfSymbol(p), at ? `${at}.${p.name}` : p.name);
  };
  walk(checker.getTypeOfSymbol(exported), '');
  return found;
}

const dedupe = (values: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v) ?? 'undefined';
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

/** Every combination of the lists, or (when that is too many) rows that give each value at least once. */
function product(lists: unknown[][]): unknown[][] {
  const count = lists.reduce((n, l) => n * Math.max(1, l.length), 1);
  if (count > MAX_CROSS) return zip(lists);
  return lists.reduce<unknown[][]>((rows, list) => rows.flatMap((row) => list.map((v) => [...row, v])), [[]]);
}

/** As many rows as the longest list, each list's values in turn (cycling the shorter ones). */
function zip(lists: unknown[][]): unknown[][] {
  const length = Math.max(1, ...lists.map((l) => l.length));
  return Array.from({ length }, (_, i) => lists.map((l) => l[i % Math.max(1, l.length)]));
}
