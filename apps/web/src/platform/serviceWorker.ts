/** Registers the service worker that precaches the app, so it opens and works offline. */
import { registerSW } from 'virtual:pwa-register';

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registerSW({ immediate: true });
}
