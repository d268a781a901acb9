/**
 * The Redis the Redis transport's tests use: REDIS_URL. CI's machine runs Redis and `.ci/run` sets
 * it; a machine without Redis (a user's fresh one: nothing fetches a Redis binary) leaves it unset,
 * and those tests are then reported as skipped, never passed. Under CI a missing REDIS_URL fails the
 * run, so CI can never skip them.
 */
export const testRedisUrl: string | null = process.env.REDIS_URL || null;

if (!testRedisUrl && process.env.CI) {
  throw new Error('CI runs the Redis transport tests: set REDIS_URL (CI has Redis at 127.0.0.1:6379)');
}
