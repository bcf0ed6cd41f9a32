import { createHash } from 'node:crypto';

/**
 * A fingerprint for types whose data service returns the whole print data in one call (room
 * plans, distribution plans, training schedule, recruitment notices): the sha256 of that data,
 * so any change to what would be printed gives a new content hash. Dates serialise as ISO strings.
 */
export const digestOf = (data: unknown): string => createHash('sha256').update(JSON.stringify(data)).digest('hex');
