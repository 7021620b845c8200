/** The outcome of work that may fail, as a value: callers decide what a failure means to them. */
export type Settled<T, E = unknown> = { ok: true; value: T } | { ok: false; error: E };

/**
 * Runs `work` and never rejects: what it returned, or what it threw (synchronously or not), as is.
 * Used where several reads run together and each failure is reported rather than stopping the rest.
 */
export async function settle<T>(work: () => T | Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}
