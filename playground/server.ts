import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';
import type { ClientAssets } from './assets';
import { runRequestSchema, withBridge } from './bridge';
import type { Playground } from './playground';

// The playground's HTTP server: loopback only, no framework. Pages: / (host), /sidebar?user=KEY
// (the real sidebar with the bridge), /health. JSON API under /api, rendered views under /view,
// downloads under /export.

export const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on ${LOOPBACK} is already in use: stop whatever is using it, or start the playground on another port with --port N (or PORT=N).`,
    );
    this.name = 'PortInUseError';
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ServerOptions {
  playground: Playground;
  assets: ClientAssets;
  /** 0 picks a free port. */
  port: number;
  /** Delay before each google.script.run answer, to see progress states as in Apps Script (default 0). */
  latencyMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const userRequestSchema = z.strictObject({ user: z.string().min(1, 'name the user') });
const menuRequestSchema = z.strictObject({ fn: z.string().min(1, 'name the menu function'), user: z.string().min(1, 'name the user') });
const emptyRequestSchema = z.strictObject({});

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  // Only JSON posts: a page on another site cannot send one without the browser asking first.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(415, 'Send JSON (content-type: application/json).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request is larger than 1 MB.');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, `Bad request: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Requests must name this server by its loopback address, which keeps other sites' pages out (DNS rebinding). */
function isLocalHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `${LOOPBACK}:${port}` || hostHeader === `localhost:${port}`;
}

function downloadName(name: string, extension: string): string {
  return `${name.replace(/[^A-Za-z0-9 ._-]+/g, '').trim() || 'export'}.${extension}`;
}

function route(options: ServerOptions, port: () => number) {
  const { playground, assets } = options;
  const known = (key: string) => {
    if (!playground.users().some((u) => u.key === key))
      throw new HttpError(400, `Unknown playground user "${key}": pick one from the user switcher.`);
    return key;
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLocalHost(req.headers.host, port()))
      throw new HttpError(403, 'The playground answers only requests addressed to 127.0.0.1 or localhost.');
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    const key = `${req.method} ${url.pathname}`;
    switch (key) {
      case 'GET /health':
        return sendJson(res, 200, { ok: true, functions: playground.functions.length, users: playground.users().length });
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', assets.hostHtml);
      case 'GET /host.js':
        return send(res, 200, 'text/javascript; charset=utf-8', assets.hostJs);
      case 'GET /favicon.ico':
        res.writeHead(204).end();
        return;
      case 'GET /host.css':
        return send(res, 200, 'text/css; charset=utf-8', assets.hostCss);
      case 'GET /sidebar': {
        const user = known(url.searchParams.get('user') ?? '');
        const page = withBridge(playground.sidebarPage(user), { functions: playground.functions, user, runUrl: '/api/run' }, assets.shimJs);
        return send(res, 200, 'text/html; charset=utf-8', page);
      }
      case 'POST /api/run': {
        const call = await readJson(req, runRequestSchema);
        known(call.user);
        const outcome = playground.call(call.fn, call.args, call.user);
        if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        return sendJson(res, 200, outcome);
      }
      case 'POST /api/menu': {
        const click = await readJson(req, menuRequestSchema);
        return sendJson(res, 200, playground.runMenuItem(click.fn, known(click.user)));
      }
      case 'POST /api/open': {
        const { user } = await readJson(req, userRequestSchema);
        playground.openSpreadsheet(known(user));
        return sendJson(res, 200, { ok: true });
      }
      case 'POST /api/reset':
        await readJson(req, emptyRequestSchema);
        playground.reset();
        return sendJson(res, 200, { ok: true });
      case 'POST /api/demo':
        await readJson(req, emptyRequestSchema);
        playground.loadDemo();
        return sendJson(res, 200, { ok: true });
      case 'GET /api/state':
        return sendJson(res, 200, playground.hostState());
      case 'GET /view/workbook':
        return send(res, 200, 'text/html; charset=utf-8', playground.workbookHtml());
      case 'GET /view/report':
        return send(res, 200, 'text/html; charset=utf-8', playground.reportHtml());
      case 'GET /export/workbook.xlsx': {
        const data = await playground.exportWorkbook();
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data, {
          'content-disposition': `attachment; filename="${downloadName(playground.hostState().workbookName, 'xlsx')}"`,
        });
      }
      case 'GET /export/report.docx': {
        const report = await playground.exportReport(url.searchParams.get('id') ?? undefined);
        if (!report) throw new HttpError(404, 'There is no report Doc yet: the facilitator builds it from the sidebar after the reveal.');
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', report.data, {
          'content-disposition': `attachment; filename="${downloadName(report.name, 'docx')}"`,
        });
      }
      default:
        throw new HttpError(404, `Nothing at ${req.method} ${url.pathname}.`);
    }
  };
}

/** Starts serving on 127.0.0.1; rejects with PortInUseError when the port is taken. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  let port = options.port;
  const handle = route(options, () => port);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(`playground: ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error));
    server.listen(options.port, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
