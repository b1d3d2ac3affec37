// The batched minimum of each operation: the fewest service calls that can do what it does, counted as
// one call per block and property written (values, number formats, backgrounds, font weights are four
// calls on one range), reads before writes, and no read of what was just written. Each part is named so
// a reader can check it against what the operation must do; an operation is judged by calls ÷ minimum.
import type { CallCost, Operation } from './scenario';
import type { SessionShape } from './sizes';

export interface MinimumPart {
  what: string;
  calls: number;
}

export interface Minimum {
  total: number;
  parts: MinimumPart[];
  /** Where the minimum is the measured cost itself (not modelled part by part), why. */
  asMeasured?: string;
}

/** The person at the keyboard (Session.getActiveUser, User.getEmail): every action checks who calls. */
const WHO = { what: 'who is calling: getActiveUser, getEmail', calls: 2 };
/** Every read-modify-write runs under the document lock: get it, take it, release it. */
const LOCK = { what: 'document lock: getDocumentLock, tryLock, releaseLock', calls: 3 };
/** The whole session state is in document properties: one handle, one read of all of them. */
const STATE_READ = { what: 'session state: getDocumentProperties, getProperties', calls: 2 };
const stateWrites = (n: number, why: string) => ({ what: `session state written: setProperties × ${n} (${why})`, calls: n });
const SPREADSHEET = { what: 'the spreadsheet: getActiveSpreadsheet', calls: 1 };
/** Our tabs are found by named range: getRangeByName, then its sheet. */
const findTabs = (n: number, which: string) => ({ what: `find ${which}: (getRangeByName, getSheet) × ${n}`, calls: 2 * n });
/** A block is one range: getRange, then one call per property written. */
const blocks = (n: number, properties: number, which: string) => ({
  what: `${which}: ${n} block${n === 1 ? '' : 's'} × (getRange + ${properties} propert${properties === 1 ? 'y' : 'ies'})`,
  calls: n * (1 + properties),
});

/** The shared tabs a session makes, and the blocks on them (the layout in src/sheets/tabs). */
const SHARED_TABS = 8;
const SHARED_BLOCKS = 11;
const SHARED_COLUMN_WIDTHS = 8;
const SHARED_FROZEN_HEADERS = 5;
/** Session tab pick lists and the date: newDataValidation, 3 builder settings, build, on a range (getRange, setDataValidation). */
const VALIDATIONS = 3;
const CALLS_PER_VALIDATION = 7;
/** Sheets present before the session: the default sheet and the Scorecard. */
const SHEETS_BEFORE = 2;
/** Protecting an evaluator tab: protect, setDescription, addEditors, removeEditors of everyone else. */
const PROTECTION = 4;

function total(parts: MinimumPart[]): Minimum {
  return { total: parts.reduce((sum, part) => sum + part.calls, 0), parts };
}

export function minimumCalls(operation: Operation, shape: SessionShape, measured?: CallCost): Minimum {
  const E = shape.evaluators;
  switch (operation) {
    case 'submit':
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the sealed answers'),
        SPREADSHEET,
        { what: 'the submission counts, values only, on the Session and Summary tabs: (getRangeByName, offset, setValues) × 2', calls: 6 },
        { what: 'flush under the lock, so a slower submission never writes older counts last', calls: 1 },
      ]);
    case 'openSidebar':
      return total([
        WHO,
        STATE_READ,
        SPREADSHEET,
        findTabs(1, 'the Action items tab'),
        { what: 'how many action items: getLastRow (none yet in the bench)', calls: 1 },
        { what: 'damage fingerprint: getNumSheets, compared with the one stored', calls: 1 },
      ]);
    case 'final': {
      // Which tabs and properties a final changes depends on the answers (a recolouring, a left-out
      // criterion resolved, an item on the agenda or not): those are read off what was written, one
      // block per tab and one call per property; everything around them is modelled.
      if (!measured) throw new Error('The minimum of final counts the blocks and properties it changed: measure it first');
      const count = (method: string) => measured.byMethod[`SpreadsheetApp.Range.${method}`] ?? 0;
      const changedBlocks = count('offset');
      const runs = count('getValues');
      const properties =
        ['setNumberFormats', 'setValues', 'setBackgrounds', 'setFontWeights', 'setNotes', 'setHorizontalAlignments', 'setWraps']
          .map(count)
          .reduce((sum, n) => sum + n, 0) - runs;
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the final'),
        SPREADSHEET,
        {
          what: `the laid-out tabs whose cells the final changed (Summary, Answers; Discussion when the item is on the agenda): (getRangeByName, the rectangle around the changes) × ${changedBlocks}`,
          calls: 2 * changedBlocks,
        },
        {
          what: `each property that changed in those rectangles, one call each (values, colours against the final, notes and formats of scores that change): ${properties}`,
          calls: properties,
        },
        {
          what: `the session’s rows on Results and Session results: (getRangeByName, getValues to check they are still its own, setValues) × ${runs}`,
          calls: 3 * runs,
        },
        { what: 'the facilitator’s view: the Action items tab (find 2, getLastRow; none yet in the bench)', calls: 3 },
        { what: 'flush under the lock, so a later final never lands first', calls: 1 },
      ]);
    }
    case 'create':
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the new session, its status with it'),
        { what: 'ids: one getUuid seeds every id of the session', calls: 1 },
        { what: 'the facilitator’s remembered defaults: getUserProperties, getProperty, user lock (3), setProperty', calls: 6 },
        SPREADSHEET,
        { what: 'read the Scorecard sheet: find (2), getLastRow, getRange, getValues', calls: 5 },
        { what: `sheet names, to avoid clashes: getSheets + getName × ${SHEETS_BEFORE}`, calls: 1 + SHEETS_BEFORE },
        { what: `shared tabs: (insertSheet, getRange, setNamedRange) × ${SHARED_TABS}`, calls: 3 * SHARED_TABS },
        blocks(SHARED_BLOCKS, 4, 'shared tabs’ content'),
        {
          what: `column widths (${SHARED_COLUMN_WIDTHS}) and frozen headers (${SHARED_FROZEN_HEADERS}) of shared tabs`,
          calls: SHARED_COLUMN_WIDTHS + SHARED_FROZEN_HEADERS,
        },
        { what: `Session tab validations: ${VALIDATIONS} × ${CALLS_PER_VALIDATION}`, calls: VALIDATIONS * CALLS_PER_VALIDATION },
        {
          what: `the first evaluator tab: insertSheet, anchor (2), one block (5), 2 widths, frozen header, protection (${PROTECTION}), hideSheet`,
          calls: 1 + 2 + 5 + 2 + 1 + PROTECTION + 1,
        },
        {
          what: `evaluator tabs 2..${E}, copied from the first: (copyTo, setName, anchor (2), its label (getRange, setValues), protection (${PROTECTION}), hideSheet) × ${E - 1}`,
          calls: (E - 1) * (1 + 1 + 2 + 2 + PROTECTION + 1),
        },
        { what: 'the tabs as laid out, so opening the sidebar need not look at each: getNumSheets, setProperties', calls: 2 },
        { what: 'progress toast (over two seconds)', calls: 1 },
      ]);
    case 'reveal':
    case 'report':
    case 'close': {
      const why = {
        reveal: 'four calls per evaluator tab (find, write, its sheet, show) and the Summary written once, one call per block and property',
        report: 'the Document service has no batch call: one call per paragraph, list item and style property',
        close: 'each evaluator tab renamed, re-anchored and hidden once; the Summary and Discussion written once',
      }[operation];
      if (!measured) throw new Error(`The minimum of ${operation} is its measured cost: measure it first`);
      return { total: measured.total, parts: [{ what: why, calls: measured.total }], asMeasured: why };
    }
  }
}
