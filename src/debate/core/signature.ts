// A normalized signature of an inkjs state JSON: two states with the same signature behave the same
// from here on. It drops what only records how the story got here (turn counters, the random seed's
// history, output already shown) and renumbers threads, whose ids grow with every choice ever made.
// Used by the story check's walk to merge equal states, and by save loading to verify a path.

type Json = Record<string, unknown>;

export function stateSignature(stateJson: string): string {
  const state = JSON.parse(stateJson) as Json;
  delete state.turnIdx;
  delete state.turnIndices;
  delete state.storySeed;
  delete state.previousRandom;
  const flows = (state.flows ?? {}) as Record<string, Json>;
  for (const flow of Object.values(flows)) normalizeFlow(flow);
  return JSON.stringify(state);
}

function normalizeFlow(flow: Json): void {
  delete flow.outputStream;
  const callstack = flow.callstack as Json | undefined;
  if (callstack) {
    delete callstack.threadCounter;
    for (const thread of (callstack.threads ?? []) as Json[]) delete thread.threadIndex;
  }
  const renumbered = new Map<string, number>();
  for (const choice of (flow.currentChoices ?? []) as Json[]) {
    const key = String(choice.originalThreadIndex);
    if (!renumbered.has(key)) renumbered.set(key, renumbered.size);
    choice.originalThreadIndex = renumbered.get(key);
  }
  const threads = (flow.choiceThreads ?? {}) as Record<string, Json>;
  const normalized: Record<string, Json> = {};
  for (const [key, thread] of Object.entries(threads)) {
    delete thread.threadIndex;
    normalized[String(renumbered.get(key) ?? `orphan:${key}`)] = thread;
  }
  if (flow.choiceThreads) flow.choiceThreads = normalized;
}

/**
 * The state's signature without the words: the choices on offer lose their texts, so the same
 * point of the debate in English and in Persian has the same signature. Loading a save checks this
 * one, which is what lets a debate saved in one language continue in the other.
 */
export function languageFreeSignature(stateJson: string): string {
  const state = JSON.parse(stateSignature(stateJson)) as { flows?: Record<string, { currentChoices?: { text?: string }[] }> };
  for (const flow of Object.values(state.flows ?? {})) {
    for (const choice of flow.currentChoices ?? []) delete choice.text;
  }
  return JSON.stringify(state);
}
