import { createHash } from 'node:crypto';

/** The hex SHA-256 of a text: how device tokens are stored (worked out here, not by the code under test). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
