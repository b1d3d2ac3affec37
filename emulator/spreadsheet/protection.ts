import { instrument } from '../instrument';
import { signatureError } from './arguments';
import { wholeSheet } from './grid';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { GROUP_REMOVAL_MESSAGE, normalizeEmail, PROTECTED_MESSAGE, removalLocksOut } from './protectionRules';
import { internalRange, rangeApi } from './range';
import type { ProtectionState, SheetRange } from './workbookSchema';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

export function userApi(book: MemorySpreadsheet, email: string): User {
  const user = {
    getEmail: () => email,
    getUserLoginId: () => email,
  };
  return instrument(user, book.ctx, 'SpreadsheetApp', 'User') as unknown as User;
}

export function protectionApi(book: MemorySpreadsheet, id: number): Protection {
  return instrument(new MemoryProtection(book, id), book.ctx, 'SpreadsheetApp', 'Protection') as unknown as Protection;
}

/**
 * A new protection mirrors the spreadsheet's permissions until a script changes the editor list or
 * domain edit (see ProtectionState.editorsChanged), so it lists the owner and whoever the spreadsheet is
 * shared with for editing, groups included; the one who protects it is listed in person only when the
 * spreadsheet is shared with them in person (Google's Protection example implies as much: it warns that
 * removing everyone listed throws when the caller edits through a group). With no sharing recorded,
 * the owner and the creator.
 */
export function createProtection(book: MemorySpreadsheet, type: 'SHEET' | 'RANGE', range: SheetRange): Protection {
  if (type === 'SHEET') {
    const existing = book.state.protections.find((protection) => protection.type === 'SHEET' && protection.range.sheetId === range.sheetId);
    if (existing) return protectionApi(book, existing.id);
  }
  const shared = book.state.sharing.editors;
  const editors = [book.owner().email, ...(shared.length > 0 ? shared : [book.user().email])]
    .map(normalizeEmail)
    .filter((email) => email !== '');
  const state: ProtectionState = {
    id: book.nextId(),
    type,
    range,
    description: '',
    warningOnly: false,
    domainEdit: false,
    editorsChanged: false,
    editors: [...new Set(editors)],
    unprotectedRanges: [],
    rangeName: '',
  };
  book.state.protections.push(state);
  return protectionApi(book, state.id);
}

function emailOf(value: unknown, method: string): string {
  if (typeof value === 'string') return normalizeEmail(value);
  if (typeof value === 'object' && value !== null && typeof (value as User).getEmail === 'function') {
    return normalizeEmail((value as User).getEmail());
  }
  throw signatureError(`Protection.${method}`, [value]);
}

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setRangeName'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

export class MemoryProtection implements Pick<Protection, ProtectionMethods> {
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _id: number,
  ) {}

  private state(): ProtectionState {
    const state = this._book.state.protections.find((protection) => protection.id === this._id);
    if (!state) throw new Error('This protection has been removed.');
    return state;
  }

  /** Changing or reading a protection's settings needs edit rights over it. */
  private editable(): ProtectionState {
    const state = this.state();
    if (!this._book.userCanEdit(state)) throw new Error(PROTECTED_MESSAGE);
    return state;
  }

  private self(): Protection {
    return this as unknown as Protection;
  }

  addEditor(emailOrUser: string | User): Protection {
    const email = emailOf(emailOrUser, 'addEditor');
    if (email === '' || !email.includes('@')) throw new Error(`Invalid email: ${email}`);
    const state = this.editable();
    state.editorsChanged = true;
    if (!state.editors.includes(email)) state.editors.push(email);
    return this.self();
  }
  addEditors(emailAddresses: string[]): Protection {
    if (!Array.isArray(emailAddresses)) throw signatureError('Protection.addEditors', [emailAddresses]);
    for (const email of emailAddresses) this.addEditor(email);
    this.editable().editorsChanged = true;
    return this.self();
  }
  removeEditor(emailOrUser: string | User): Protection {
    const email = emailOf(emailOrUser, 'removeEditor');
    const state = this.editable();
    const user = this._book.user();
    if (removalLocksOut(state, email, user, this._book.owner(), this._book.groupsOf(user.email))) throw new Error(GROUP_REMOVAL_MESSAGE);
    state.editorsChanged = true;
    // Apps Script silently keeps the owner and the user running the script.
    const kept = [this._book.owner().email, this._book.user().email].map(normalizeEmail);
    if (!kept.includes(email)) state.editors = state.editors.filter((editor) => editor !== email);
    return this.self();
  }
  removeEditors(emailAddresses: string[] | User[]): Protection {
    if (!Array.isArray(emailAddresses)) throw signatureError('Protection.removeEditors', [emailAddresses]);
    // One call, one outcome: a removal that would lock the caller out fails before any other is made.
    const state = this.editable();
    const user = this._book.user();
    const emails = (emailAddresses as unknown[]).map((entry) => emailOf(entry, 'removeEditors'));
    if (emails.some((email) => removalLocksOut(state, email, user, this._book.owner(), this._book.groupsOf(user.email)))) {
      throw new Error(GROUP_REMOVAL_MESSAGE);
    }
    for (const email of emails) this.removeEditor(email);
    this.editable().editorsChanged = true;
    return this.self();
  }
  getEditors(): User[] {
    const state = this.editable();
    const owner = normalizeEmail(this._book.owner().email);
    const emails = owner === '' ? state.editors : [owner, ...state.editors.filter((email) => email !== owner)];
    return emails.map((email) => userApi(this._book, email));
  }
  canEdit(): boolean {
    return this._book.userCanEdit(this.state());
  }
  canDomainEdit(): boolean {
    return this.editable().domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    const state = this.editable();
    state.domainEdit = Boolean(editable);
    state.editorsChanged = true;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.state().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.editable().warningOnly = Boolean(warningOnly);
    return this.self();
  }
  getDescription(): string {
    return this.state().description;
  }
  setDescription(description: string): Protection {
    this.editable().description = String(description);
    return this.self();
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.state().type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const state = this.state();
    const grid = state.type === 'SHEET' ? wholeSheet(this._book.sheet(state.range.sheetId)) : state.range;
    return rangeApi(this._book, state.range.sheetId, grid);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    const target = internalRange(range, 'Protection.setRange');
    const state = this.editable();
    if (state.type === 'SHEET') throw new Error('The range of a sheet protection cannot be changed.');
    state.range = { ...target._grid, sheetId: target._sheetId };
    return this.self();
  }
  getRangeName(): string | null {
    const name = this.state().rangeName;
    return name === '' ? null : name;
  }
  setRangeName(rangeName: string): Protection {
    const state = this.editable();
    const named = this._book.state.namedRanges.find((candidate) => candidate.name === rangeName);
    if (!named) throw new Error(`Range not found: ${rangeName}`);
    state.rangeName = rangeName;
    if (state.type === 'RANGE') state.range = { ...named.range };
    return this.self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const state = this.state();
    return state.unprotectedRanges.map((grid) => rangeApi(this._book, state.range.sheetId, grid));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    if (!Array.isArray(ranges)) throw signatureError('Protection.setUnprotectedRanges', [ranges]);
    const state = this.editable();
    if (state.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    state.unprotectedRanges = ranges
      .map((range) => internalRange(range, 'Protection.setUnprotectedRanges'))
      .filter((range) => range._sheetId === state.range.sheetId)
      .map((range) => ({ ...range._grid }));
    return this.self();
  }
  remove(): void {
    this.editable();
    this._book.state.protections = this._book.state.protections.filter((protection) => protection.id !== this._id);
  }
}
