/**
 * The console formats numbers, money and dates with the CLDR data it ships, not the browser's:
 * Debian's Chromium, for one, has no Albanian locale data and would print English dates. The
 * FormatJS polyfills replace Intl's formatters with the same CLDR rules for every browser.
 * Imported first by main.tsx, then the locale data of every language of messages/
 * (`virtual:intl-locale-data`, web/vite.config.ts); src/common/i18n/format.ts does the formatting.
 */
import '@formatjs/intl-getcanonicallocales/polyfill-force.js';
import '@formatjs/intl-locale/polyfill-force.js';
import '@formatjs/intl-pluralrules/polyfill-force.js';
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/add-golden-tz.js';
