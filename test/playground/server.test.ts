import { createServer, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientAssets } from '../../playground/assets';
import { Playground } from '../../playground/playground';
import { PortInUseError, startServer, type RunningServer } from '../../playground/server';
import { SOMEONE_ELSE } from '../../playground/users';
import { keyForEmail } from 'apps-script-emulator';

const root = join(__dirname, '../..');
const distDir = join(root, 'dist');
const assetsReady = buildClientAssets(join(root, 'playground/client'));

async function start(): Promise<{ server: RunningServer; playground: Playground }> {
  const playground = new Playground({ distDir, statePath: join(mkdtempSync(join(tmpdir(), 'pg-')), 'state.json') });
  const server = await startServer({ playground, assets: await assetsReady, port: 0 });
  return { server, playground };
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the playground server', () => {
  let running: { server: RunningServer; playground: Playground };
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running.server.close());

  it('answers the health check on 127.0.0.1', async () => {
    expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${running.server.url}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('serves the host page and its script', async () => {
    const page = await (await fetch(running.server.url)).text();
    for (const id of [
      'user-select',
      'addon-menu-button',
      'sidebar-frame',
      'workbook',
      'report',
      'load-demo',
      'reset-state',
      'export-xlsx',
      'export-docx',
    ]) {
      expect(page).toContain(`id="${id}"`);
    }
    expect((await fetch(`${running.server.url}host.js`)).status).toBe(200);
  });

  it('serves the real sidebar with the bridge before its first script', async () => {
    const user = keyForEmail(SOMEONE_ELSE);
    const page = await (await fetch(`${running.server.url}sidebar?user=${user}`)).text();
    const bridgeAt = page.indexOf('__playgroundBridge');
    expect(bridgeAt).toBeGreaterThan(-1);
    expect(bridgeAt).toBeLessThan(page.indexOf('<script', bridgeAt + 1));
    expect(page).toContain(`"user":"${user}"`);
    expect(page).toContain('"getSidebarState"');
    expect((await fetch(`${running.server.url}sidebar?user=nobody`)).status).toBe(400);
  });

  it('runs a google.script.run call as the chosen user, and refuses unknown functions', async () => {
    const user = keyForEmail(SOMEONE_ELSE);
    const outcome = await (await post(`${running.server.url}api/run`, { fn: 'getSidebarState', args: [], user })).json();
    expect(outcome).toMatchObject({ ok: true, result: { role: 'visitor', session: null } });
    const missing = await (await post(`${running.server.url}api/run`, { fn: 'eval', args: [], user })).json();
    expect(missing).toEqual({ ok: false, error: { message: 'Script function not found: eval' } });
    const bad = await post(`${running.server.url}api/run`, { fn: 'getSidebarState', args: 'x', user });
    expect(bad.status).toBe(400);
  });

  it('passes the server’s own message for a rejected call', async () => {
    const user = keyForEmail(SOMEONE_ELSE);
    const outcome = await (
      await post(`${running.server.url}api/run`, { fn: 'submitCallScores', args: [{ callId: 'c1', answers: [] }], user })
    ).json();
    expect(outcome.ok).toBe(false);
    expect(outcome.error.message).toMatch(/session/i);
  });

  it('refuses requests not addressed to the loopback name, and non-JSON posts', async () => {
    const refused = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: running.server.port, path: '/health', headers: { host: 'evil.example.com' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(refused).toBe(403);
    const form = await fetch(`${running.server.url}api/reset`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('serves the rendered workbook, and the exports', async () => {
    const html = await (await fetch(`${running.server.url}view/workbook`)).text();
    expect(html).toContain('role="tablist"');
    const xlsx = await fetch(`${running.server.url}export/workbook.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const docx = await fetch(`${running.server.url}export/report.docx`);
    expect(docx.status).toBe(404);
    expect((await docx.json()).error).toMatch(/no report Doc yet/);
  });

  it('says clearly when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const attempt = startServer({ playground: running.playground, assets: await assetsReady, port });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});
