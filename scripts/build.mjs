// Builds what Apps Script runs: dist/Code.js (server), dist/Sidebar.html (sidebar, inlined),
// dist/appsscript.json. Apps Script has no modules, and triggers, menu items and google.script.run
// only reach top-level function declarations, so the footer declares one pass-through function per
// export of the entry module and per sidebar action; the list comes from the code, never a hand-kept list.
import { build, transform } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const serverEntry = join(root, 'src/main.ts');
const globalName = 'CallCalibration';
const actionsExport = 'sidebarActions';

/**
 * The top-level functions dist/Code.js must declare: the entry module's own function exports, and one
 * per action of the sidebar's action table (the members of its `sidebarActions` export). The entry is
 * bundled and loaded here to read them; its top level touches no Apps Script service.
 */
export async function entryPoints() {
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    outfile: 'entry.mjs',
    logLevel: 'silent',
  });
  const source = Buffer.from(result.outputFiles[0].text).toString('base64');
  const entry = await import(`data:text/javascript;base64,${source}`);
  const { [actionsExport]: sidebarActions, ...functions } = entry;
  return { functions: Object.keys(functions).sort(), actions: Object.keys(sidebarActions ?? {}).sort() };
}

export function topLevelFooter({ functions, actions }) {
  return [
    ...functions.map((name) => `function ${name}(...args) { return ${globalName}.${name}(...args); }`),
    ...actions.map((name) => `function ${name}(payload) { return ${globalName}.${actionsExport}.${name}(payload); }`),
  ].join('\n');
}

async function buildServer() {
  const names = await entryPoints();
  await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'iife',
    globalName,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Whitespace and syntax minified, names kept: Apps Script's execution log names the functions of a
    // stack trace, and a failure should read "at recordFinal", not "at Qa".
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'utf8',
    outfile: join(dist, 'Code.js'),
    footer: { js: `\n${topLevelFooter(names)}\n` },
    logLevel: 'warning',
  });
  return [...names.functions, ...names.actions];
}

// A script's text may not contain "</script" inside an inline <script> element.
const escapeInlineScript = (code) => code.replace(/<\/(script)/gi, '<\\/$1');

async function buildSidebar() {
  const script = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    // Sheets runs only in current browsers; ES2020 keeps ?. and ?? as written, which keeps the page small.
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const css = await transform(await readFile(join(root, 'sidebar/styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  const template = await readFile(join(root, 'sidebar/index.html'), 'utf8');
  const html = template
    .replace('<!-- inline:styles -->', () => `<style>${css.code.trim()}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${escapeInlineScript(script.outputFiles[0].text.trim())}</script>`);
  await writeFile(join(dist, 'Sidebar.html'), html);
}

export async function buildAll() {
  await mkdir(dist, { recursive: true });
  const [names] = await Promise.all([buildServer(), buildSidebar()]);
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll()
    .then((names) => console.log(`built dist/ (${names.length} entry points: ${names.join(', ')})`))
    .catch((error) => {
      console.error(error.message ?? error);
      process.exit(1);
    });
}
