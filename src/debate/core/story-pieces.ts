// The story parsed a piece at a time. inkjs turns a story's JSON into its runtime objects in one
// call (`new Story(json)`: ~170 ms at 4x CPU for the debate, one long task on a slow laptop).
// Here each of the root's named containers (a knot: a figure's exchange, the closing...) is turned
// into runtime objects on its own, by inkjs's own reader (a throwaway Story whose root is that
// knot), then the root is read without them and they are attached to it, and the Story is made
// from that container; its state is reset last, as `new Story(json)` does, so the global
// declarations run over the whole story. The caller runs the steps a few per task
// (engine.prepareSteps). The result plays the same as `new Story(json)`: story-pieces.test.ts
// compares the two, written back to JSON and played.
import { Story } from 'inkjs';

/** What the steps yield between pieces: the bytes of JSON read in the piece just done. */
export type PieceSize = number;

/** The inkjs runtime container (not exported by the `inkjs` entry point: reached through a Story). */
type Container = Story['mainContentContainer'];

/** Keys of a container's named-content dictionary that are flags, not content. */
const FLAGS = new Set(['#f', '#n']);

/**
 * Reads `json` (the story's JSON, parsed) into a Story, yielding after each piece. The Story's
 * onError is not set; the caller sets it as for any story.
 */
export function* storyInPieces(json: Record<string, unknown>): Generator<PieceSize, Story, void> {
  const inkVersion = json.inkVersion;
  const root = json.root;
  const named = Array.isArray(root) ? (root.at(-1) as Record<string, unknown> | null) : null;
  // A shape this does not know (no named content): inkjs reads it whole.
  if (!Array.isArray(root) || !named || typeof named !== 'object') return new Story(json);
  const pieces = Object.entries(named).filter(([key, token]) => !FLAGS.has(key) && Array.isArray(token));
  const rest = Object.fromEntries(Object.entries(named).filter(([key, token]) => FLAGS.has(key) || !Array.isArray(token)));
  const read = (token: unknown): Container => new Story({ inkVersion, root: token }).mainContentContainer;

  // inkjs builds its table of native functions (+, ==, MIN...) the first time it reads one: a
  // piece of its own, before the first knot.
  read(['+', null]);
  yield 0;
  const knots: Container[] = [];
  for (const [key, token] of pieces) {
    const knot = read(token);
    // As inkjs's reader names a container from its key in the dictionary; read as a root, it
    // may have cached its path as the root's (empty): it is worked out again once attached.
    knot.name = key;
    (knot as unknown as { _path: unknown })._path = null;
    knots.push(knot);
    yield JSON.stringify(token).length;
  }
  const main = read([...root.slice(0, -1), rest]);
  for (const knot of knots) main.AddToNamedContentOnly(knot);
  yield 0;
  // The lists, read as the JSON constructor reads them (an empty listDefs still makes an origin).
  const lists = json.listDefs ? (new Story({ inkVersion, root: [null], listDefs: json.listDefs }).listDefinitions?.lists ?? []) : null;
  // The container constructor skips the state: reset it as the JSON constructor does.
  const story = new (Story as unknown as new (container: Container, lists: unknown) => Story)(main, lists);
  story.ResetState();
  return story;
}
