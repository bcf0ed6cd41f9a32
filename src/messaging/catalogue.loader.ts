import { messageCatalogue, MESSAGES_DIR } from '../common/i18n/catalogue.js';
import { Catalogues } from './domain/catalogue.js';

/** Read and compile every catalogue of messages/; throws (refusing to boot) when one lacks a key or does not parse. */
export function loadCatalogues(dir = MESSAGES_DIR): Catalogues {
  return new Catalogues(messageCatalogue(dir).sources);
}
