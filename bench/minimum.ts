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

/**
 * The shared tabs a new session makes in the bench's spreadsheet (the Scorecard is already there):
 * Session, Summary, Answers, Discussion, Action Items, History, Scores, Results and Session results,
 * each with one block (the layout in src/sheets/tabs).
 */
const SHARED_TABS = 9;
const SHARED_BLOCKS = 9;
/** What the layouts ask for: one call per run of equal column widths (15), and frozen rows and columns (9). */
const SHARED_COLUMN_WIDTHS = 15;
const SHARED_FROZEN_HEADERS = 9;
/** Action Items pick lists and the date: newDataValidation, 3 builder settings, build, on a range (getRange, setDataValidation). */
const VALIDATIONS = 3;
const CALLS_PER_VALIDATION = 7;
/** Sheets present before the session: the default sheet and the Scorecard. */
const SHEETS_BEFORE = 2;
/**
 * Protecting a new evaluator tab: protect, setDescription, addEditors. removeEditors only when the
 * spreadsheet has editors besides the wanted ones; the bench's is shared with nobody else.
 */
const PROTECTION = 3;
/** An evaluator tab's shape: frozen header rows and the two wide text columns. */
const EVALUATOR_TAB_SHAPE = 3;
/** Ids carry 40 random bits each; a version-4 UUID has 122, so one getUuid gives three ids. */
const IDS_PER_UUID = 3;

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
    case 'final':
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the final'),
        SPREADSHEET,
        findTabs(1, 'the Summary'),
        blocks(2, 1, 'Summary values that change: the final’s cell, its call’s figures'),
        findTabs(1, 'the Discussion tab'),
        blocks(1, 1, 'the Discussion row of that criterion'),
        findTabs(1, 'the Session results tab'),
        blocks(1, 1, 'the figures of that call'),
      ]);
    case 'create':
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the new session, its status with it'),
        {
          what: `ids: the session, each evaluator’s reveal-order key and each new person (${1 + 2 * E}), ${IDS_PER_UUID} to a getUuid`,
          calls: Math.ceil((1 + 2 * E) / IDS_PER_UUID),
        },
        {
          what: 'the facilitator’s private token, made on first use under their user lock: getUserProperties, getProperty, getUserLock, tryLock, getProperty again under the lock (two sidebars at once make one token), getUuid × 2, setProperty, releaseLock',
          calls: 9,
        },
        SPREADSHEET,
        { what: 'read the Scorecard sheet: find (2), getLastRow, getRange, getValues', calls: 5 },
        {
          what: `look for each shared tab before making it (getRangeByName × ${SHARED_TABS}; the Action items tab once, when its open items are carried over)`,
          calls: SHARED_TABS,
        },
        { what: `sheet names, to avoid clashes: getSheets + getName × ${SHEETS_BEFORE}`, calls: 1 + SHEETS_BEFORE },
        { what: `shared tabs: (insertSheet, getRange, setNamedRange) × ${SHARED_TABS}`, calls: 3 * SHARED_TABS },
        blocks(SHARED_BLOCKS, 4, 'shared tabs’ content'),
        {
          what: `column widths (${SHARED_COLUMN_WIDTHS}) and frozen headers (${SHARED_FROZEN_HEADERS}) of shared tabs`,
          calls: SHARED_COLUMN_WIDTHS + SHARED_FROZEN_HEADERS,
        },
        { what: `Action Items validations: ${VALIDATIONS} × ${CALLS_PER_VALIDATION}`, calls: VALIDATIONS * CALLS_PER_VALIDATION },
        {
          what: `the first evaluator tab: insertSheet, one block (5), anchored on that range (setNamedRange), shape (${EVALUATOR_TAB_SHAPE}), protection (${PROTECTION}), hideSheet`,
          calls: 1 + 5 + 1 + EVALUATOR_TAB_SHAPE + PROTECTION + 1,
        },
        { what: 'who a new protection lets edit, read once on the first: getEditors, getEmail × 1, canDomainEdit', calls: 3 },
        {
          what: `evaluator tabs 2..${E}, copies of the first: (insertSheet with it as template, named in the same call; its own values (getRange, setValues) and anchor on that range (setNamedRange); shape (${EVALUATOR_TAB_SHAPE}), which Google’s reference does not promise a copy carries; protection (${PROTECTION}); hideSheet) × ${E - 1}`,
          calls: (E - 1) * (1 + 2 + 1 + EVALUATOR_TAB_SHAPE + PROTECTION + 1),
        },
        { what: 'the Session tab shown (activate: the sheet is at hand)', calls: 1 },
        { what: 'the tabs as laid out, so opening the sidebar need not look at each: getNumSheets, setProperties', calls: 2 },
        { what: 'flush under the lock, so the tabs are written before another call reads them', calls: 1 },
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
