import type { Client } from '@libsql/client';

// libsql runs statements synchronously: two interactive write transactions open in one process
// block the event loop until the busy timeout. Serialising them in-process avoids that entirely.
// The chain lives on globalThis so that every bundle that includes this module (pages, route
// handlers, server actions) shares one lock per process.
const LOCK = Symbol.for('scimgap.write-lock');
type LockHolder = { [LOCK]?: Promise<unknown> };
const holder = globalThis as LockHolder;

/** Runs `work` after every earlier write in this process has finished. */
export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const chain = holder[LOCK] ?? Promise.resolve();
  const result = chain.then(work, work);
  holder[LOCK] = result.catch(() => undefined);
  return result;
}

/**
 * The same client, but every statement waits for the write lock. For code we do not control
 * (Better Auth's adapter issues single statements on its own schedule): a statement that met an
 * open transaction of ours on another pooled connection would freeze the process until the busy
 * timeout. Never run one of these statements from inside `withWriteLock` (it would wait for itself).
 */
export function serialisedClient(client: Client): Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'execute' || property === 'batch') {
        const method = Reflect.get(target, property, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => withWriteLock(() => method.apply(target, args));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
