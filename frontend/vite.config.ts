// Vite build and dev server for the Tandem SPA; in dev, API and sign-in paths go to the Quarkus backend.

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    // The Host header is kept (no changeOrigin) so the backend builds its OIDC redirect back to this dev server.
    proxy: {
      '/graphql': { target: backend, ws: true },
      '/login': backend,
      '/logout': backend,
      '/q/': backend,
    },
  },
  build: {
    outDir: 'dist',
  },
});
