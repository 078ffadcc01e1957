import { defineConfig } from 'vite';

// The renderer is served from app:// in Electron and from the loopback web host:
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
