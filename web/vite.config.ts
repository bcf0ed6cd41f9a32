import { defineConfig } from 'vite';

// The console is built into dist/web next to the compiled server and served by terren itself
// (src/console/web-console.ts). Vite 8 transforms TSX with oxc: no React plugin needed.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
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
