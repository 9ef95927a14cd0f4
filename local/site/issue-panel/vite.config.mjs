// Builds the local site's stand-in for Jira's UI Kit host: the renderer (renderer/main.ts) and,
// bundled with it, the issue panel's UI Kit app from src/issue-panel/frontend, unchanged.
// Output goes under static/build (git-ignored, emptied by every `npm run build:ui`, so never
// deployed): the local site serves it at /__local/issue-panel/app/.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/__local/issue-panel/app/',
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../../../static/build/local-issue-panel'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
    reportCompressedSize: false,
    cssCodeSplit: false,
    rollupOptions: {
      input: here('./renderer/main.ts'),
      output: { entryFileNames: 'panel.js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' },
    },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
