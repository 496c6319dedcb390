/**
 * Runs tasks with the same key one at a time, in the order they arrive; different keys run concurrently.
 * This is how messages of one conversation are processed in order without blocking other conversations.
 */
export function createKeyedSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return function serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
