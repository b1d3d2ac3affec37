import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** The repository root: the nearest folder with a package.json outside node_modules (also when bundled into a cache). */
export function repositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && !dir.split(sep).includes('node_modules')) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

export const defaultPaths = (root: string = repositoryRoot()) => ({
  distDir: join(root, 'dist'),
  clientDir: join(root, 'playground', 'client'),
  statePath: join(root, '.playground', 'state.json'),
});
