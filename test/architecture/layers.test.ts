// The layer rules, checked on every import: the core (domain, state, use cases, api) reaches the world
// only through its ports; only adapters, sheet writers and entry points touch Apps Script; the sidebar
// sees only the api and the domain; nothing shipped reaches into the in-memory environment.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The project folders a file imports from (relative imports only), as paths from the root. */
function importedPaths(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(root, dirname(file), s)));
}

const rules: Array<{ layer: string; mayImport: string[] }> = [
  { layer: 'src/domain', mayImport: ['src/domain'] },
  { layer: 'src/state', mayImport: ['src/domain', 'src/state', 'src/usecases/ports'] },
  { layer: 'src/usecases', mayImport: ['src/domain', 'src/state', 'src/usecases', 'src/api'] },
  { layer: 'src/api', mayImport: ['src/domain', 'src/state', 'src/usecases', 'src/api'] },
  { layer: 'sidebar', mayImport: ['sidebar', 'src/api', 'src/domain'] },
  { layer: 'src/sheets', mayImport: ['src/domain', 'src/sheets', 'src/usecases/ports', 'src/api/views'] },
  { layer: 'src/adapters', mayImport: ['src/domain', 'src/adapters', 'src/sheets', 'src/usecases/ports'] },
];

describe.each(rules)('$layer', ({ layer, mayImport }) => {
  it(`imports only from ${mayImport.join(', ')}`, () => {
    const outside = sourceFiles(layer).flatMap((file) =>
      importedPaths(file)
        .filter((path) => !mayImport.some((allowed) => path === allowed || path.startsWith(`${allowed}/`)))
        .map((path) => `${file} → ${path}`),
    );
    expect(outside).toEqual([]);
  });
});

describe('the shipped code', () => {
  it('never imports the in-memory environment', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('sidebar')];
    const bare = (file: string) => /from 'apps-script-emulator'/.test(readFileSync(join(root, file), 'utf8'));
    expect(files.filter((file) => bare(file) || importedPaths(file).some((path) => path.startsWith('emulator')))).toEqual([]);
  });
});

describe('the in-memory environment', () => {
  it('is reached only through its package entry', () => {
    const files = [...sourceFiles('test'), ...sourceFiles('playground'), ...sourceFiles('bench')];
    expect(
      files.flatMap((file) =>
        importedPaths(file)
          .filter((path) => path.startsWith('emulator'))
          .map((path) => `${file} → ${path}`),
      ),
    ).toEqual([]);
  });

  it('depends on nothing of the add-on', () => {
    const files = sourceFiles('emulator').filter((file) => !file.startsWith('emulator/test/'));
    expect(
      files.flatMap((file) =>
        importedPaths(file)
          .filter((path) => !path.startsWith('emulator'))
          .map((path) => `${file} → ${path}`),
      ),
    ).toEqual([]);
  });
});
