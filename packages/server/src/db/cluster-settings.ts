/**
 * The embedded cluster's settings, passed to `postgres` as `-c name=value` (a PostgreSQL of your
 * own, through DATABASE_URL, keeps its administrator's). Chosen for OneStop's writes — short
 * transactions that each append a hall event and commit — and measured with `pnpm bench:bursts`
 * (README "Performance"). Durability is never traded: `synchronous_commit` and `fsync` stay on, so
 * a ticket the server answered survives a crash.
 */
export const embeddedClusterSettings: Readonly<Record<string, string>> = {
  // The first change of a page after a checkpoint logs the whole page: compressed, the log each
  // commit waits to flush is smaller (pglz: this build has neither lz4 nor zstd).
  wal_compression: 'pglz',
  // Fewer checkpoints, so fewer of those whole pages; a crash replays at most this much log.
  checkpoint_timeout: '15min',
  max_wal_size: '2GB',
  // Log segments are recycled rather than created (and zero-filled) while the hall is busy.
  min_wal_size: '512MB',
  // OneStop's statements are short and planned once: compiling them would only cost time.
  jit: 'off',
};

/** `-c name=value` arguments for `postgres`. */
export function settingArguments(settings: Readonly<Record<string, string>>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
