const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing and must not reach SQL as a uuid. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
