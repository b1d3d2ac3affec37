import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorContext } from './context';
import { enumValue, makeEnum } from './enum';
import { instrument } from './instrument';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);

/** The meta tags HtmlOutput.addMetaTag accepts; Apps Script rejects any other name. */
const allowedMetaTags = new Set(['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport']);

export interface HtmlOutputData {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: Array<{ name: string; content: string }>;
}

function positiveSize(what: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Invalid argument: ${what} ${String(value)}`);
  return n;
}

type HtmlOutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'setWidth'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag';

export class HtmlOutputImpl implements Pick<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods> {
  /** Read by Ui without counting a call (the instrument proxy passes `_` names through). */
  readonly _data: HtmlOutputData;

  constructor(content: string) {
    this._data = {
      content,
      title: '',
      width: null,
      height: null,
      sandboxMode: SandboxMode.IFRAME,
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
      metaTags: [],
    };
  }

  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  getContent(): string {
    return this._data.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._data.content = String(content);
    return this.self();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._data.content += String(addedContent);
    return this.self();
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this._data.content = '';
    return this.self();
  }
  getTitle(): string {
    return this._data.title;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this._data.title = String(title);
    return this.self();
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this._data.width = positiveSize('width', width);
    return this.self();
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this._data.height = positiveSize('height', height);
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    this._data.sandboxMode = enumValue(SandboxMode, 'SandboxMode', mode);
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this._data.xFrameOptionsMode = enumValue(XFrameOptionsMode, 'XFrameOptionsMode', mode);
    return this.self();
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    if (!allowedMetaTags.has(String(name))) {
      throw new Error(`Meta tag ${String(name)} is not allowed; use one of ${[...allowedMetaTags].join(', ')}`);
    }
    this._data.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
}

/** Copies what an HtmlOutput holds, for the Ui log; anything else handed to Ui is a caller error. */
export function htmlOutputData(value: unknown, method: string): HtmlOutputData {
  const data = (value as { _data?: HtmlOutputData } | null | undefined)?._data;
  if (!data || typeof data.content !== 'string') throw new Error(`${method} expects an HtmlOutput`);
  return { ...data, metaTags: data.metaTags.map((t) => ({ ...t })) };
}

export function createHtmlService(ctx: EmulatorContext): GoogleAppsScript.HTML.HtmlService {
  const output = (content: string) =>
    instrument(new HtmlOutputImpl(content), ctx, 'HtmlService', 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;

  const service: Pick<
    GoogleAppsScript.HTML.HtmlService,
    'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile'
  > = {
    SandboxMode: SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
    XFrameOptionsMode: XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
    createHtmlOutput: (html?: unknown) => {
      if (html !== undefined && typeof html !== 'string') throw new Error('createHtmlOutput expects HTML text');
      return output(html ?? '');
    },
    createHtmlOutputFromFile: (filename: string) => {
      // Apps Script project files are named without the extension; accept either spelling.
      const name = String(filename).replace(/\.html$/, '');
      const path = join(ctx.htmlDir, `${name}.html`);
      if (name === '' || name.includes('..') || !existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
      return output(readFileSync(path, 'utf8'));
    },
  };
  return instrument(service, ctx, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
