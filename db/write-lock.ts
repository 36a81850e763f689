// libsql runs statements synchronously: two interactive write transactions open in one process
// block the event loop until the busy timeout. Serialising them in-process avoids that entirely.
let chain: Promise<unknown> = Promise.resolve();

/** Runs `work` after every earlier write in this process has finished. */
export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const result = chain.then(work, work);
  chain = result.catch(() => undefined);
  return result;
}
