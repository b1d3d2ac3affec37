// The batched minimum of each operation: the fewest service calls that can do what it does, counted as
// one call per block and property written (values, number formats, backgrounds, font weights are four
// calls on one range), reads before writes, and no read of what was just written. Each part is named so
// a reader can check it against what the operation must do; an operation is judged by calls ÷ minimum.
import type { CellProperty, FinalChange, TabChange } from './finalChange';
import type { Operation } from './scenario';
import type { SessionShape } from './sizes';

export interface MinimumPart {
  what: string;
  calls: number;
}

export interface Minimum {
  total: number;
  parts: MinimumPart[];
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

/** A progress toast (Spreadsheet.toast): what a person sees while an operation over two seconds runs. */
const progress = (n: number, when: string) => ({ what: `progress: toast × ${n} (${when})`, calls: n });
const FLUSH = { what: 'flush under the lock, so the next reader sees every write', calls: 1 };

// ── Tabs rewritten whole (reveal, close) ─────────────────────────────────────────────────────────
/**
 * A tab written whole through the registry: found by named range, and its name read so a tab renamed
 * by hand gets its name back (README: "the next step that writes a tab gives it back its name").
 */
const OWN_TAB = 3;
/** Emptied before its layout goes on: clear, clearNotes, clearConditionalFormatRules, getCharts. */
const CLEAR = 4;
/** Its size, read once before the first block, so a block that outgrows it can grow it. */
const SIZE = 2;
/** The Summary and Answers blocks carry seven properties: values, formats, backgrounds, weights, notes, alignments, wraps. */
const ANALYSIS_BLOCK = 1 + 7;
/** A block of values, formats, backgrounds and weights. */
const PLAIN_BLOCK = 1 + 4;
/** Column widths, one call per run of equal widths (src/sheets/layout): the Summary's make 2 runs, the Answers tab's 8. */
const SUMMARY_WIDTH_RUNS = 2;
const ANSWERS_WIDTH_RUNS = 8;
const FROZEN = 2;
/**
 * The Summary's deviation chart (layout/summarySheet): newChart, setChartType, getRange, addRange,
 * setNumHeaders, setPosition, setOption × 7 (title, width, height and its four series and axis options), build, insertChart.
 */
const DEVIATION_CHART = 6 + 7 + 2;
/** History is empty in the bench (the first session): found and its last row read; earlier rows would add getRange, getName, getValues, getDisplayValues. */
const HISTORY_READ = { what: 'History read once: (getRangeByName, getSheet), getLastRow', calls: 3 };
const ACTION_ITEMS_READ = {
  what: 'the Action items the answer lists: (getRangeByName, getSheet), getLastRow (none in the bench)',
  calls: 3,
};

function summaryTab(charts: number): MinimumPart {
  return {
    what: `Summary: find and name (${OWN_TAB}), clear (${CLEAR})${charts ? `, removeChart × ${charts}` : ''}, size (${SIZE}), one block (${ANALYSIS_BLOCK}), widths (${SUMMARY_WIDTH_RUNS}), frozen (${FROZEN}), the chart (${DEVIATION_CHART})`,
    calls: OWN_TAB + CLEAR + charts + SIZE + ANALYSIS_BLOCK + SUMMARY_WIDTH_RUNS + FROZEN + DEVIATION_CHART,
  };
}

const ANSWERS_TAB = {
  what: `Answers: find and name (${OWN_TAB}), clear (${CLEAR}), size (${SIZE}), one block (${ANALYSIS_BLOCK}), widths (${ANSWERS_WIDTH_RUNS}), frozen (${FROZEN})`,
  calls: OWN_TAB + CLEAR + SIZE + ANALYSIS_BLOCK + ANSWERS_WIDTH_RUNS + FROZEN,
};

/** The Session tab's overview and evaluators blocks, where set-up laid them out. */
const SESSION_STATUS = {
  what: `Session tab status: find and name (${OWN_TAB}), size (${SIZE}), overview and evaluators blocks (2 × ${PLAIN_BLOCK})`,
  calls: OWN_TAB + SIZE + 2 * PLAIN_BLOCK,
};

/**
 * The Results and Session results tabs: the session's rows put after the others (first time) or put in
 * place of its old ones, and named (setNamedRange), so a final finds and rewrites only their values.
 */
function resultsTabs(replacing: boolean): MinimumPart {
  const perTab = OWN_TAB + 1 + (replacing ? 3 : 0) + SIZE + PLAIN_BLOCK + 1;
  return {
    what: `Results and Session results: (find and name (${OWN_TAB}), getLastRow${replacing ? ', the session ids (getRange, getValues), deleteRows' : ''}, size (${SIZE}), one block (${PLAIN_BLOCK}), its rows named) × 2`,
    calls: 2 * perTab,
  };
}

function revealParts(E: number): MinimumPart[] {
  return [
    WHO,
    LOCK,
    STATE_READ,
    stateWrites(5, 'begun, tabs written, Summary written, Discussion written, complete: a stopped reveal resumes where it stopped'),
    SPREADSHEET,
    progress(2, 'at the start, and when the Summary begins'),
    { what: `find every evaluator tab before writing any: getRangeByName × ${E} (the range is its answer block)`, calls: E },
    { what: `evaluator tabs: (setValues, getSheet, showSheet) × ${E}`, calls: 3 * E },
    // No History read: the bench's session is the first here, and History gains its rows only at a close.
    summaryTab(0),
    ANSWERS_TAB,
    resultsTabs(false),
    {
      what: `Discussion: find and name (${OWN_TAB}), clear (${CLEAR}), size (${SIZE}), one block (${PLAIN_BLOCK}), frozen header (1)`,
      calls: OWN_TAB + CLEAR + SIZE + PLAIN_BLOCK + 1,
    },
    SESSION_STATUS,
    ACTION_ITEMS_READ,
    FLUSH,
  ];
}

/** Sheets at the close: the two before the session, its 9 shared tabs (results tabs included) and one per evaluator. */
const SHARED_SHEETS_AT_CLOSE = SHEETS_BEFORE + 9;

function closeParts(E: number): MinimumPart[] {
  const sheets = SHARED_SHEETS_AT_CLOSE + E;
  return [
    WHO,
    LOCK,
    STATE_READ,
    stateWrites(5, 'begun, History appended, Scores logged, tabs archived, then complete with the scorecard handed on and who was who'),
    SPREADSHEET,
    progress(3, 'at the start, before archiving the tabs, before the Summary'),
    HISTORY_READ,
    {
      what: `History row appended: its name (1), size (${SIZE}), the header brought up to date and the row (2 × ${PLAIN_BLOCK})`,
      calls: 1 + SIZE + 2 * PLAIN_BLOCK,
    },
    {
      what: `Scores log: find and name (${OWN_TAB}), getLastRow (empty in the bench), size (${SIZE}), the rows (${PLAIN_BLOCK})`,
      calls: OWN_TAB + 1 + SIZE + PLAIN_BLOCK,
    },
    { what: `sheet names, for archive names that clash with none: getSheets + getName × ${sheets}`, calls: 1 + sheets },
    {
      what: `evaluator tabs archived: ((getRangeByName, getSheet), getName, setName, setNamedRange on the range found, hideSheet, removeNamedRange) × ${E}`,
      calls: 7 * E,
    },
    SESSION_STATUS,
    summaryTab(1),
    ANSWERS_TAB,
    resultsTabs(true),
    ACTION_ITEMS_READ,
    FLUSH,
  ];
}

// ── The report Doc ───────────────────────────────────────────────────────────────────────────────
/**
 * What a Doc element costs with the Document service, which has no call that appends a styled element:
 * a heading or paragraph is appendParagraph + setHeading (a paragraph too: Google's ParagraphHeading
 * example sets NORMAL after a heading, as an appended paragraph otherwise takes the style before it);
 * a list item appendListItem + setGlyphType; styled words editAsText once per element, then one
 * setAttributes per run of words sharing a style (bold, link, strikethrough, highlight in one call); a
 * table one appendTable(cells[][]) that fills every cell, its header row bold (getRow, editAsText,
 * setBold) and one setColumnWidth per column (Table has no call that sets several widths).
 */
interface DocContent {
  headings?: number;
  paragraphs?: number;
  listItems?: number;
  /** Paragraphs and list items with styled words among those above, and their styled runs in all. */
  styled?: { elements: number; runs: number };
  /** Columns of each table. */
  tables?: number[];
}

function docCalls(content: DocContent): number {
  const { headings = 0, paragraphs = 0, listItems = 0, styled = { elements: 0, runs: 0 }, tables = [] } = content;
  return 2 * (headings + paragraphs + listItems) + styled.elements + styled.runs + tables.reduce((sum, columns) => sum + 4 + columns, 0);
}

function describeDoc(content: DocContent): string {
  const parts: string[] = [];
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (content.headings) parts.push(plural(content.headings, 'heading'));
  if (content.paragraphs) parts.push(plural(content.paragraphs, 'paragraph'));
  if (content.listItems) parts.push(plural(content.listItems, 'list item'));
  if (content.styled?.elements)
    parts.push(`${content.styled.runs} styled run${content.styled.runs === 1 ? '' : 's'} in ${content.styled.elements}`);
  if (content.tables?.length) parts.push(`${plural(content.tables.length, 'table')} of ${content.tables.join(', ')} columns`);
  return parts.join(', ');
}

/** One named part per section of the report, in the order the Doc has them (src/domain/report/buildReport.ts). */
const reportSection = (name: string, content: DocContent): MinimumPart => ({
  what: `report, ${name}: ${describeDoc(content)}`,
  calls: docCalls(content),
});

/**
 * The sections of the bench's report at E evaluators and C calls. The bench session is anonymous
 * (labels, so the alignment table has no Role column), has no earlier session, action item, definition
 * change or recording link, and at least three disputed criteria. Section by section, a new kind of
 * content (a chart image: one call to insert it, plus one per attribute set) is a field of its section.
 */
export function reportSections(E: number, C: number): MinimumPart[] {
  return [
    reportSection('the built line', { paragraphs: 1, styled: { elements: 1, runs: 1 } }),
    reportSection('executive summary', {
      headings: 3,
      paragraphs: 2,
      listItems: 3,
      // "Who attended:" in bold; each of the three disagreements with its criterion and "Resolved:" in bold.
      styled: { elements: 1 + 3, runs: 1 + 3 * 2 },
      tables: [5],
    }),
    reportSection('the session', {
      headings: 3,
      paragraphs: 5,
      listItems: E + C,
      styled: { elements: 5 + E, runs: 5 + E },
    }),
    reportSection('who attended', { headings: 1, paragraphs: 3, styled: { elements: 2, runs: 2 } }),
    reportSection('final calibrated scores', { headings: 1 + C, paragraphs: 1, tables: [4, ...Array.from({ length: C }, () => 4)] }),
    reportSection('evaluator alignment', {
      headings: 3,
      paragraphs: 3,
      listItems: 5,
      styled: { elements: 5, runs: 5 },
      tables: [7, 1 + C],
    }),
    reportSection('key disagreements', { headings: 1, paragraphs: 1, tables: [5] }),
    reportSection('definition updates, action items, follow-up, facilitator’s notes', { headings: 4, paragraphs: 4 }),
  ];
}

function reportParts(E: number, C: number): MinimumPart[] {
  return [
    WHO,
    LOCK,
    STATE_READ,
    SPREADSHEET,
    progress(2, 'at the start, and when the Doc is written'),
    // No History read, as at the reveal: no session has closed here yet.
    ACTION_ITEMS_READ,
    { what: 'a new Doc: DocumentApp.create, getId, getUrl, getBody (nothing to read or clear in it)', calls: 4 },
    { what: 'the title, in the one paragraph a new Doc has: getParagraphs, setText, setHeading', calls: 3 },
    ...reportSections(E, C),
    reportChartPictures(SUMMARY_CHARTS),
    stateWrites(1, 'the report link'),
    { what: `the link on the Session tab: (getRangeByName, getSheet), one block (${PLAIN_BLOCK})`, calls: 2 + PLAIN_BLOCK },
    FLUSH,
  ];
}

/**
 * The bench's session is the first on record, so its Summary has one chart (the deviation chart; the
 * variance trend needs two sessions in History).
 */
const SUMMARY_CHARTS = 1;
/**
 * The Summary's charts into the report Doc as pictures: find the Summary (getRangeByName, getSheet),
 * getCharts, the "Charts" heading and its line (appendParagraph, setHeading × 2); per chart its title
 * (getOptions, get), its picture (getAs), its heading (2) and the image at the page width (appendImage,
 * then getWidth and getHeight, since Google does not say what size the picture comes at, setWidth, setHeight).
 */
const reportChartPictures = (charts: number): MinimumPart => ({
  what: `report charts as pictures: find the Summary (2), getCharts, the Charts heading and line (4); (getOptions, get, getAs, heading (2), appendImage, getWidth, getHeight, setWidth, setHeight) × ${charts}`,
  calls: 7 + 10 * charts,
});

// ── A final ──────────────────────────────────────────────────────────────────────────────────────
const listed = (words: readonly string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
const propertiesChanged = (changed: readonly CellProperty[]) =>
  `${listed(changed)} changed (${changed.length} call${changed.length === 1 ? '' : 's'})`;

/**
 * A laid-out tab whose cells a final changes: one block, the rectangle around the changed cells found
 * from the tab's named range (getRangeByName, offset), and one call per property that differs in it.
 * Laid out again whole when its shape changed, as the reveal lays it out.
 */
function laidOutTabChange(change: TabChange): MinimumPart {
  if (change.reshaped) {
    const again = (part: MinimumPart) => ({ ...part, what: part.what.replace(/^(\w+):/, '$1, reshaped, laid out again:') });
    if (change.tab === 'Summary') return again(summaryTab(1));
    if (change.tab === 'Answers') return again(ANSWERS_TAB);
    return {
      what: `${change.tab}: reshaped, laid out again: find and name (${OWN_TAB}), clear (${CLEAR}), size (${SIZE}), one block (${PLAIN_BLOCK}), frozen header (1)`,
      calls: OWN_TAB + CLEAR + SIZE + PLAIN_BLOCK + 1,
    };
  }
  return {
    what: `${change.tab}: 1 block (getRangeByName, offset to the changed cells), ${propertiesChanged(change.changed)}`,
    calls: 2 + change.changed.length,
  };
}

/**
 * The session's named run of rows on Results or Session results: found by its name and read to check it
 * is still the session's own (rows sorted or moved by hand are not), then one call per property that
 * differs. Replaced as a whole when the run changed size, as the close replaces it.
 */
function resultsRowsChange(change: TabChange): MinimumPart {
  if (change.reshaped) {
    return {
      what: `${change.tab}: the session’s rows changed in number, replaced: find and name (${OWN_TAB}), getLastRow, the session ids (getRange, getValues), deleteRows, size (${SIZE}), one block (${PLAIN_BLOCK}), named`,
      calls: OWN_TAB + 1 + 3 + SIZE + PLAIN_BLOCK + 1,
    };
  }
  return {
    what: `${change.tab}: the session’s rows (getRangeByName, getValues to check they are still its own), ${propertiesChanged(change.changed)}`,
    calls: 2 + change.changed.length,
  };
}

/** One part per tab the final changes; the tabs it leaves alike cost nothing and are named together. */
function finalChangeParts(change: FinalChange): MinimumPart[] {
  const touched = change.tabs.filter((tab) => tab.reshaped || tab.changed.length > 0);
  const untouched = change.tabs.filter((tab) => !touched.includes(tab)).map((tab) => tab.tab);
  return [
    ...touched.map((tab) => (tab.kind === 'laid out' ? laidOutTabChange(tab) : resultsRowsChange(tab))),
    ...(untouched.length > 0 ? [{ what: `unchanged by the final, not written: ${listed(untouched)}`, calls: 0 }] : []),
  ];
}

function total(parts: MinimumPart[]): Minimum {
  return { total: parts.reduce((sum, part) => sum + part.calls, 0), parts };
}

/**
 * `finalChange`, for a final: what it must change on the tabs, worked out from the session's data
 * (bench/finalChange.ts), never from what the add-on wrote.
 */
export function minimumCalls(operation: Operation, shape: SessionShape, finalChange?: FinalChange | null): Minimum {
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
      if (!finalChange) throw new Error('The minimum of a final counts what it must change: work that out first (bench/finalChange.ts)');
      return total([
        WHO,
        LOCK,
        STATE_READ,
        stateWrites(1, 'the final'),
        SPREADSHEET,
        ...finalChangeParts(finalChange),
        { what: 'the facilitator’s view: the Action items tab (find 2, getLastRow; none yet in the bench)', calls: 3 },
        { what: 'flush under the lock, so a later final never lands first', calls: 1 },
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
      return total(revealParts(E));
    case 'report':
      return total(reportParts(E, shape.calls));
    case 'close':
      return total(closeParts(E));
  }
}
