import { instrument } from '../instrument';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { internalRange, rangeApi } from './range';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

/**
 * Sheets' rules for range names: a letter or underscore first, then letters, digits, underscores
 * or dots; at most 250 characters; nothing that reads as a cell reference or a boolean.
 */
export function assertValidRangeName(name: unknown): asserts name is string {
  const text = typeof name === 'string' ? name : '';
  const valid =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(text) &&
    text.length <= 250 &&
    !/^[A-Za-z]{1,3}\d+$/.test(text) &&
    !/^[Rr]\d*[Cc]\d*$/.test(text) &&
    !/^(true|false)$/i.test(text);
  if (!valid) {
    throw new Error(
      `Invalid range name "${String(name)}". Names must start with a letter or underscore, contain only letters, digits, underscores and dots, and must not look like a cell reference.`,
    );
  }
}

export function namedRangeApi(book: MemorySpreadsheet, name: string): NamedRange {
  return instrument(new MemoryNamedRange(book, name), book.ctx, 'SpreadsheetApp', 'NamedRange') as unknown as NamedRange;
}

export class MemoryNamedRange implements Pick<NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'> {
  constructor(
    readonly _book: MemorySpreadsheet,
    public _name: string,
  ) {}

  private entry() {
    const entry = this._book.state.namedRanges.find((named) => named.name === this._name);
    if (!entry) throw new Error(`The named range "${this._name}" has been removed.`);
    return entry;
  }

  getName(): string {
    return this.entry().name;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const { range } = this.entry();
    return rangeApi(this._book, range.sheetId, range);
  }
  setName(name: string): NamedRange {
    assertValidRangeName(name);
    const entry = this.entry();
    if (name !== entry.name && this._book.state.namedRanges.some((named) => named.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A named range called "${name}" already exists.`);
    }
    entry.name = name;
    this._name = name;
    return this as unknown as NamedRange;
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): NamedRange {
    const inner = internalRange(range, 'NamedRange.setRange');
    this.entry().range = { ...inner._grid, sheetId: inner._sheetId };
    return this as unknown as NamedRange;
  }
  remove(): void {
    this.entry();
    this._book.state.namedRanges = this._book.state.namedRanges.filter((named) => named.name !== this._name);
  }
}
