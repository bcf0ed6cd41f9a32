import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Catalogues, MESSAGE_LANGUAGES, type MessageLanguage } from './domain/catalogue.js';

/** The ICU message catalogues: `messages/<language>.json` at the project root (cwd of every entry point and test). */
export const MESSAGES_DIR = path.resolve(process.cwd(), 'messages');

/** Read and compile every catalogue; throws (refusing to boot) when one lacks a key or does not parse. */
export function loadCatalogues(dir = MESSAGES_DIR): Catalogues {
  const sources = Object.fromEntries(
    MESSAGE_LANGUAGES.map((l) => [l, JSON.parse(readFileSync(path.join(dir, `${l}.json`), 'utf8')) as Record<string, unknown>]),
  ) as Record<MessageLanguage, Record<string, unknown>>;
  return new Catalogues(sources);
}
