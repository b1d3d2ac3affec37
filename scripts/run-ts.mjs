// Runs a TypeScript entry (the playground, the benchmark) in Node: esbuild bundles it with our own
// sources and leaves packages external, then Node loads the result. No TypeScript runtime needed.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outDir = join(root, 'node_modules/.cache/run-ts');
await mkdir(outDir, { recursive: true });
const outfile = join(outDir, `${basename(dirname(resolve(entry)))}-${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // The in-memory Apps Script environment is a workspace package of TypeScript sources: bundle it.
  plugins: [
    {
      name: 'workspace-emulator',
      setup(b) {
        b.onResolve({ filter: /^apps-script-emulator$/ }, () => ({ path: join(root, 'emulator/index.ts') }));
      },
    },
  ],
  sourcemap: 'inline',
  outfile,
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
