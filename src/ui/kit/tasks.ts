// Long work split across tasks, so a key press or a paint can come in between.

/** Resolves in a task of its own (a zero-delay timer), after the browser has had its turn. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
