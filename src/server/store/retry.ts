/**
 * PostgreSQL may abort one of two transactions that wait for each other (deadlock, 40P01) or
 * conflict (serialization failure, 40001); the aborted one left nothing behind and can simply run
 * again. Anything else is passed on.
 */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

export async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (tries >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * tries * Math.random()));
    }
  }
}
