#!/usr/bin/env node
// Built by `npm install` (the root `prepare` script) or `npm run build`.
import('../dist/securebase.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/securebase.js')) {
    console.error('securebase is not built yet: run `npm run build -w @securebase/server` first.');
    process.exit(1);
  }
  throw e;
});
