import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../context';
import { requireValidEmail } from '../email';
import { instrument } from '../instrument';
import { ElementFactory } from './elements';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  documentUrl,
  emptyParagraph,
  type DocumentData,
} from './model';

const FIRST_TAB_ID = 't.0';

/** Every document the environment holds, by id. */
export class DocumentStore {
  private readonly byId = new Map<string, DocumentData>();

  constructor(initial: readonly DocumentData[] = []) {
    for (const doc of initial) this.byId.set(doc.id, structuredClone(doc));
  }

  add(doc: DocumentData): void {
    this.byId.set(doc.id, doc);
  }
  get(id: string): DocumentData | undefined {
    return this.byId.get(id);
  }
  all(): DocumentData[] {
    return [...this.byId.values()];
  }
}

function newDocumentId(): string {
  // Drive ids are 44 URL-safe characters; the leading 1 matches what Docs hands out today.
  return `1${randomBytes(33).toString('base64url').slice(0, 43)}`;
}

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function canOpen(doc: DocumentData, user: { email: string; key: string }): boolean {
  if (doc.ownerKey === user.key) return true;
  if (user.email === '') return false;
  return [...doc.editors, ...doc.viewers].some((address) => sameAddress(address, user.email));
}

function addressOf(emailOrUser: unknown): string {
  if (
    typeof emailOrUser === 'object' &&
    emailOrUser !== null &&
    typeof (emailOrUser as GoogleAppsScript.Base.User).getEmail === 'function'
  ) {
    return requireValidEmail((emailOrUser as GoogleAppsScript.Base.User).getEmail());
  }
  return requireValidEmail(emailOrUser);
}

function addressList(emails: unknown): string[] {
  if (!Array.isArray(emails)) throw new Error('Invalid argument: emailAddresses');
  return emails.map(addressOf);
}

type DocumentMethods =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getBody'
  | 'getTab'
  | 'getTabs'
  | 'addViewer'
  | 'addViewers'
  | 'addEditor'
  | 'addEditors'
  | 'removeViewer'
  | 'removeEditor'
  | 'getViewers'
  | 'getEditors'
  | 'saveAndClose';

class DocumentImpl implements Pick<GoogleAppsScript.Document.Document, DocumentMethods> {
  private readonly elements: ElementFactory;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly _doc: DocumentData,
  ) {
    this.elements = new ElementFactory(ctx, _doc);
  }

  private self(): GoogleAppsScript.Document.Document {
    return this as unknown as GoogleAppsScript.Document.Document;
  }
  private user(email: string): GoogleAppsScript.Base.User {
    const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
    return instrument(user, this.ctx, 'DocumentApp', 'User') as GoogleAppsScript.Base.User;
  }
  private isOwner(address: string): boolean {
    return this._doc.ownerEmail !== '' && sameAddress(this._doc.ownerEmail, address);
  }

  getId(): string {
    return this._doc.id;
  }
  getName(): string {
    return this._doc.name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    if (typeof name !== 'string' || name === '') throw new Error('Invalid argument: name');
    this._doc.name = name;
    return this.self();
  }
  getUrl(): string {
    return documentUrl(this._doc.id);
  }
  getBody(): GoogleAppsScript.Document.Body {
    return this.elements.body();
  }
  getTabs(): GoogleAppsScript.Document.Tab[] {
    return [this.getTab(FIRST_TAB_ID)];
  }
  /** Documents here have the single default tab, 't.0'. */
  getTab(tabId: string): GoogleAppsScript.Document.Tab {
    if (tabId !== FIRST_TAB_ID) throw new Error(`Tab ${String(tabId)} not found in document ${this._doc.id}`);
    const documentTab: Pick<GoogleAppsScript.Document.DocumentTab, 'getBody'> = { getBody: () => this.elements.body() };
    const tab: Pick<GoogleAppsScript.Document.Tab, 'getId' | 'getTitle' | 'getIndex' | 'asDocumentTab'> = {
      getId: () => FIRST_TAB_ID,
      getTitle: () => 'Tab 1',
      getIndex: () => 0,
      asDocumentTab: () => instrument(documentTab, this.ctx, 'DocumentApp', 'DocumentTab') as GoogleAppsScript.Document.DocumentTab,
    };
    return instrument(tab, this.ctx, 'DocumentApp', 'Tab') as GoogleAppsScript.Document.Tab;
  }
  addViewer(emailOrUser: string | GoogleAppsScript.Base.User): GoogleAppsScript.Document.Document {
    return this.addViewers([addressOf(emailOrUser)]);
  }
  /** Editors and the owner already see the document, so naming them as viewers changes nothing. */
  addViewers(emailAddresses: string[]): GoogleAppsScript.Document.Document {
    for (const address of addressList(emailAddresses)) {
      const known = this.isOwner(address) || [...this._doc.editors, ...this._doc.viewers].some((a) => sameAddress(a, address));
      if (!known) this._doc.viewers.push(address);
    }
    return this.self();
  }
  addEditor(emailOrUser: string | GoogleAppsScript.Base.User): GoogleAppsScript.Document.Document {
    return this.addEditors([addressOf(emailOrUser)]);
  }
  /** Promotes viewers; the owner keeps ownership. */
  addEditors(emailAddresses: string[]): GoogleAppsScript.Document.Document {
    for (const address of addressList(emailAddresses)) {
      if (this.isOwner(address) || this._doc.editors.some((a) => sameAddress(a, address))) continue;
      this._doc.viewers = this._doc.viewers.filter((a) => !sameAddress(a, address));
      this._doc.editors.push(address);
    }
    return this.self();
  }
  removeViewer(emailOrUser: string | GoogleAppsScript.Base.User): GoogleAppsScript.Document.Document {
    const address = addressOf(emailOrUser);
    this._doc.viewers = this._doc.viewers.filter((a) => !sameAddress(a, address));
    return this.self();
  }
  removeEditor(emailOrUser: string | GoogleAppsScript.Base.User): GoogleAppsScript.Document.Document {
    const address = addressOf(emailOrUser);
    this._doc.editors = this._doc.editors.filter((a) => !sameAddress(a, address));
    return this.self();
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return this._doc.viewers.map((address) => this.user(address));
  }
  /** The owner is listed first among the editors. */
  getEditors(): GoogleAppsScript.Base.User[] {
    const owner = this._doc.ownerEmail === '' ? [] : [this._doc.ownerEmail];
    return [...owner, ...this._doc.editors].map((address) => this.user(address));
  }
  saveAndClose(): void {
    // Edits are applied immediately in memory; there is nothing to flush.
  }
}

export function openDocument(ctx: EmulatorContext, doc: DocumentData): GoogleAppsScript.Document.Document {
  return instrument(new DocumentImpl(ctx, doc), ctx, 'DocumentApp', 'Document') as unknown as GoogleAppsScript.Document.Document;
}

/** DocumentApp for scripts that create and fill report documents. */
export function createDocumentApp(ctx: EmulatorContext, store: DocumentStore): GoogleAppsScript.Document.DocumentApp {
  const openById = (id: string) => {
    const doc = store.get(String(id));
    if (!doc) throw new Error(`Document ${String(id)} is missing (perhaps it was deleted, or you don't have read access?)`);
    if (!canOpen(doc, ctx.activeUser())) throw new Error('You do not have permission to access the requested document.');
    return openDocument(ctx, doc);
  };
  const app: Pick<
    GoogleAppsScript.Document.DocumentApp,
    'Attribute' | 'ElementType' | 'GlyphType' | 'HorizontalAlignment' | 'ParagraphHeading' | 'create' | 'openById' | 'openByUrl'
  > = {
    Attribute: Attribute as unknown as typeof GoogleAppsScript.Document.Attribute,
    ElementType: ElementType as unknown as typeof GoogleAppsScript.Document.ElementType,
    GlyphType: GlyphType as unknown as typeof GoogleAppsScript.Document.GlyphType,
    HorizontalAlignment: HorizontalAlignment as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment,
    ParagraphHeading: ParagraphHeading as unknown as typeof GoogleAppsScript.Document.ParagraphHeading,
    create: (name: string) => {
      if (typeof name !== 'string' || name === '') throw new Error('Invalid argument: name');
      const owner = ctx.activeUser();
      const doc: DocumentData = {
        id: newDocumentId(),
        name,
        ownerKey: owner.key,
        ownerEmail: owner.email,
        editors: [],
        viewers: [],
        body: [emptyParagraph()],
      };
      store.add(doc);
      return openDocument(ctx, doc);
    },
    openById,
    openByUrl: (url: string) => {
      const match = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!match) throw new Error(`Invalid argument: url ${String(url)}`);
      return openById(match[1]!);
    },
  };
  return instrument(app, ctx, 'DocumentApp') as unknown as GoogleAppsScript.Document.DocumentApp;
}
