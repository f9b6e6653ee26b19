import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const FIRST_LOAD = [
  /apps\/web\/src\/session\//,
  /apps\/web\/src\/ui\/format\.ts$/,
  /packages\/core\/src\/insights\/stats\.ts$/,
  /apps\/web\/src\/features\/account\/(sync\.tsx|scheduler\.ts|describeSync\.ts)$/,
  /apps\/web\/src\/platform\/account\.ts$/,
];

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon.svg', 'icon-maskable.svg', 'apple-touch-icon.png', 'theme-init.js'],
      manifest: {
        name: 'Secure Base',
        short_name: 'Secure Base',
        description: 'A private space to feel more secure in your relationship.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f3ee',
        theme_color: '#2f6f6a',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        // Not precached: every install would download it in the background for a screen that
        // cannot work offline. It is fetched when the person opens the account forms.
        globIgnores: ['**/assets/opaque-*.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Reminders while the app is closed (Periodic Background Sync) and notification taps.
        importScripts: ['reminders-sw.js'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Stable chunk names for lazily loaded parts, so budgets can be measured by name.
        chunkFileNames: 'assets/[name]-[hash].js',
        // OPAQUE (≈157 kB gz) is only for signing in, which needs the network anyway.
        // The small modules every first screen needs travel in one chunk: as separate files
        // each paid its own gzip overhead and preload (budget in bench/homeJs.ts).
        manualChunks: (id: string) =>
          id.includes('@serenity-kit/opaque')
            ? 'opaque'
            : FIRST_LOAD.some((re) => re.test(id))
              ? 'session'
              : undefined,
      },
    },
  },
  server: { port: 5173 },
});
