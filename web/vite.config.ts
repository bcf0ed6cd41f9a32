import { defineConfig, type Plugin } from 'vite';
import { formattingLocales, localeDataModules } from '../scripts/intl-locale-data.mjs';

const VIRTUAL = 'virtual:intl-locale-data';

/**
 * `virtual:intl-locale-data`: imports the CLDR data of every language in messages/ (see
 * scripts/intl-locale-data.mjs), so a catalogue added there brings its number and date formats.
 */
function intlLocaleData(): Plugin {
  const root = new URL('..', import.meta.url).pathname;
  return {
    name: 'terren-intl-locale-data',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? localeDataModules(formattingLocales(`${root}messages`), root)
            .map((m) => `import ${JSON.stringify(m)};`)
            .join('\n')
        : undefined,
  };
}

// The console is built into dist/web next to the compiled server and served by terren itself
// (src/console/web-console.ts). Vite 8 transforms TSX with oxc: no React plugin needed.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [intlLocaleData()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // react-router marks its modules "use client" (for server components); meaningless here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
