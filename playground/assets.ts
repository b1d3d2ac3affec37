import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// The host page and the sidebar shim, built from playground/client/ when the server starts. Nothing
// here is part of dist/.

export interface ClientAssets {
  hostHtml: string;
  hostCss: string;
  hostJs: string;
  shimJs: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function buildClientAssets(clientDir: string): Promise<ClientAssets> {
  const [hostHtml, hostCss, hostJs, shimJs] = await Promise.all([
    readFile(join(clientDir, 'index.html'), 'utf8'),
    readFile(join(clientDir, 'host.css'), 'utf8'),
    bundle(join(clientDir, 'host.ts')),
    bundle(join(clientDir, 'shim.ts')),
  ]);
  return { hostHtml, hostCss, hostJs, shimJs };
}
