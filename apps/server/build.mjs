// Bundles the server and the `securebase` command into dist/ (Node 20 runs no TypeScript).
import { build } from 'esbuild';

await build({
  entryPoints: { securebase: 'src/main.ts' },
  // An optional folder argument lets tests build a private copy.
  outdir: process.argv[2] ?? 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@securebase/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'warning',
});
