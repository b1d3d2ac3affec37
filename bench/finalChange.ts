// What recording a final must change on the tabs, worked out from the data rather than from what the
// add-on wrote: the session state before and after the final (as stored in document properties), laid
// out with the same pure layouts the reveal used, and compared cell by cell. bench/minimum.ts turns this
// into the final's minimum, so a property the add-on writes without need shows as calls over it.
import { decodeRecord, PROPERTY_STORE_LIMIT, storeBytes } from '../src/adapters/chunking';
import type { SessionAnalysis } from '../src/domain/analysis';
import { resultRows, sessionResultRow } from '../src/domain/results';
import type { Block, Cell } from '../src/sheets/block';
import { answersLayout } from '../src/sheets/layout/answersSheet';
import { discussionSheet } from '../src/sheets/layout/discussionSheet';
import { resultsRows, sessionResultsRows } from '../src/sheets/layout/resultsSheet';
import { revealedSummary } from '../src/sheets/layout/summarySheet';
import type { TabLayout } from '../src/sheets/layout/tabLayout';
import { loadAllSealed, requireState } from '../src/state/stateStore';
import type { SealedScores } from '../src/state/sealedScores';
import type { SessionState } from '../src/state/sessionState';
import type { PropertyStore } from '../src/usecases/ports/propertyStore';
import { analysisOf } from '../src/usecases/sessionScores';

/** A cell property the writer sets with one call per range, named as a person reads it. */
export type CellProperty = 'values' | 'number formats' | 'backgrounds' | 'font weights' | 'notes' | 'alignments' | 'wraps';

/** How each property reads on the sheet: a cell with no alignment set is aligned by default, and one not wrapped is not. */
const PROPERTIES: ReadonlyArray<[CellProperty, (cell: Cell) => unknown]> = [
  ['number formats', (cell) => cell.format],
  ['values', (cell) => (cell.value instanceof Date ? cell.value.getTime() : cell.value)],
  ['backgrounds', (cell) => cell.background],
  ['font weights', (cell) => cell.bold],
  ['notes', (cell) => cell.note],
  ['alignments', (cell) => cell.align ?? null],
  ['wraps', (cell) => cell.wrap === true],
];

/**
 * One tab as a final leaves it. `laid out` tabs (Summary, Answers, Discussion) hold one block from A1;
 * the `results rows` are the session's named run on Results and Session results.
 */
export interface TabChange {
  tab: 'Summary' | 'Answers' | 'Discussion' | 'Results' | 'Session results';
  kind: 'laid out' | 'results rows';
  /** The block changed size, or (Summary, Answers) its rules, charts, widths or frozen panes: laid out again. */
  reshaped: boolean;
  /** The properties in which some cell differs, in the order the writer sets them; none: the tab is untouched. */
  changed: CellProperty[];
}

export interface FinalChange {
  tabs: TabChange[];
}

function changedProperties(before: Block, after: Block): CellProperty[] {
  return PROPERTIES.filter(([, read]) =>
    after.rows.some((row, r) => row.some((cell, c) => !Object.is(read(cell), read(before.rows[r]![c]!)))),
  ).map(([property]) => property);
}

const sameSize = (a: Block, b: Block) => a.width === b.width && a.rows.length === b.rows.length;

function blockChange(tab: TabChange['tab'], kind: TabChange['kind'], before: Block, after: Block, alike = true): TabChange {
  // Laid out again, every property is written again.
  if (!alike || !sameSize(before, after)) return { tab, kind, reshaped: true, changed: PROPERTIES.map(([property]) => property) };
  return { tab, kind, reshaped: false, changed: changedProperties(before, after) };
}

/** Rules, charts, column widths and frozen panes: what a tab keeps when only its cells are rewritten. */
const shapeOf = (layout: TabLayout) =>
  JSON.stringify([layout.rules, layout.charts, layout.columnWidths, layout.frozenRows, layout.frozenColumns]);

function layoutChange(tab: TabChange['tab'], before: TabLayout, after: TabLayout): TabChange {
  return blockChange(tab, 'laid out', before.block, after.block, shapeOf(before) === shapeOf(after));
}

/** The tabs' content for one state of the session, as the reveal laid them out. */
interface Content {
  state: SessionState;
  analysis: SessionAnalysis;
}

/**
 * What a final changes between two states of the session, with the evaluators' sealed answers. The
 * bench's session is the first here, so the Summary has no trend (the trend needs earlier sessions in
 * History) on either side.
 */
export function finalChange(before: SessionState, after: SessionState, sealed: readonly SealedScores[]): FinalChange {
  const [was, now]: Content[] = [before, after].map((state) => ({ state, analysis: analysisOf(state, sealed) }));
  const session = after.session;
  const discussion = ({ state, analysis }: Content) => discussionSheet(session, analysis, state.discussion, state.finals);
  return {
    tabs: [
      layoutChange('Summary', revealedSummary(session, was!.analysis, null), revealedSummary(session, now!.analysis, null)),
      layoutChange('Answers', answersLayout(session, was!.analysis), answersLayout(session, now!.analysis)),
      blockChange('Discussion', 'laid out', discussion(was!), discussion(now!)),
      blockChange(
        'Results',
        'results rows',
        resultsRows(resultRows(session, was!.analysis)),
        resultsRows(resultRows(session, now!.analysis)),
      ),
      blockChange(
        'Session results',
        'results rows',
        sessionResultsRows([sessionResultRow(session, was!.analysis)]),
        sessionResultsRows([sessionResultRow(session, now!.analysis)]),
      ),
    ],
  };
}

/** The add-on's records in a copy of the document properties, read without a service call. */
function storeOver(properties: Record<string, string>): PropertyStore {
  return {
    limitBytes: PROPERTY_STORE_LIMIT,
    usedBytes: () => storeBytes(properties),
    read: (key) => decodeRecord(key, properties),
    keysWithPrefix: (prefix) => Object.keys(properties).filter((key) => key.startsWith(prefix) && !key.includes('#')),
    commit: () => {
      throw new Error('The bench only reads the document properties it copied');
    },
  };
}

/** What a final changed, from the document properties copied just before and just after it. */
export function finalChangeBetween(before: Record<string, string>, after: Record<string, string>): FinalChange {
  const [was, now] = [storeOver(before), storeOver(after)];
  const state = requireState(now);
  // A final leaves the answers as they were: the ones sealed after it are the ones it was judged on.
  return finalChange(requireState(was), state, loadAllSealed(now, state.session));
}
