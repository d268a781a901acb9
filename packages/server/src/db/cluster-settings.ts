/**
 * The embedded cluster's settings, passed to `postgres` as `-c name=value` (a PostgreSQL of your
 * own, through DATABASE_URL, keeps its administrator's). Chosen for OneStop's writes — short
 * transactions that each append a hall event and commit — and measured with `pnpm bench:bursts`
 * (README "Performance"). Durability is never traded: `synchronous_commit` and `fsync` stay on, so
 * a ticket the server answered survives a crash.
 */
export const embeddedClusterSettings: Readonly<Record<string, string>> = {};

/** `-c name=value` arguments for `postgres`. */
export function settingArguments(settings: Readonly<Record<string, string>>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
