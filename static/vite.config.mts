import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the Custom UI that manifest.yml serves as resource `main` (path static/build).
 *
 * Forge serves a resource from an opaque, app-specific origin and path, so every asset URL must
 * be relative (`base: './'`). Nothing may come from a CDN: the Forge CSP blocks it, and the local
 * runtime has no internet. Theme CSS from @atlaskit/tokens is bundled as lazy chunks.
 */
const staticRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: staticRoot,
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./build', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Atlaskit + React make one ~1 MB vendor chunk; the default 500 kB warning is noise here.
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    // Never used by Forge; keeps `vite` dev mode from grabbing a well-known port on shared machines.
    port: 0,
  },
});
