import { analyzeSession } from '../../../src/domain/analysis';
import type { SessionHistoryEntry } from '../../../src/domain/schemas';
import { formats, values, type Block } from '../../../src/sheets/block';
import { parseActionItems } from '../../../src/sheets/layout/actionItemsSheet';
import { evaluatorTab } from '../../../src/sheets/layout/evaluatorTab';
import { historyRows, parseHistory } from '../../../src/sheets/layout/historySheet';
import { evaluatorsBlock, initialStatus, sessionSheet, sessionSheetPositions } from '../../../src/sheets/layout/sessionSheet';
import { revealedSummary, statusSummary } from '../../../src/sheets/layout/summarySheet';
import { buildScorecard, buildSubmissions, sheet as scoreSheet } from '../../fixtures/calibration';
import { NOW, presetSession } from '../harness';

const column = (b: Block, index: number) => values(b).map((row) => row[index]);

describe('an evaluator tab', () => {
  const session = presetSession({ evaluators: 2, calls: 2, scorecard: buildScorecard(4) });

  it('has the same shape and formats sealed and revealed, and nothing of the answers while sealed', () => {
    const sealed = evaluatorTab(session, 'e1', 'Ana', null);
    const open = evaluatorTab(session, 'e1', 'Ana', [scoreSheet(session, 'e1', 'c1', { q1: 1, q2: 'NA', q3: 4, q4: 0 })]);
    expect(sealed.rows).toHaveLength(4 + 2 * 4);
    expect(open.rows).toHaveLength(sealed.rows.length);
    expect(formats(open)).toEqual(formats(sealed));
    expect(values(sealed).slice(4).map((row) => row.slice(5))).toEqual(Array(8).fill(['', '', '', '']));
    expect(values(open)[4]!.slice(3, 7)).toEqual(['q1', 'Did the agent do thing 1?', 'Yes', 1]);
    expect(values(open)[5]!.slice(5, 7)).toEqual(['N/A', 'NA']);
    expect(values(open)[6]!.slice(5, 7)).toEqual(['4', 4]);
    expect(column(open, 5).slice(8)).toEqual(Array(4).fill('Not submitted'));
  });

  it("ignores another evaluator's sheets and drafts", () => {
    const tab = evaluatorTab(session, 'e1', 'Ana', [scoreSheet(session, 'e2', 'c1', { q1: 1 }), scoreSheet(session, 'e1', 'c2', { q1: 1 }, 'draft')]);
    expect(values(tab)[1]![0]).toBe('Revealed: 0 of 2 calls submitted.');
  });
});

describe('the Session sheet', () => {
  it('puts the evaluators block where the status update will look for it', () => {
    const session = presetSession({ evaluators: 3, calls: 4 });
    const whole = values(sessionSheet(session, [], initialStatus(session)));
    const at = sessionSheetPositions(session);
    expect(whole[at.evaluators - 1]![0]).toBe('Evaluators');
    expect(whole.slice(at.evaluators - 1, at.evaluators - 1 + 5)).toEqual(values(evaluatorsBlock(session, initialStatus(session))).map((row) => [...row]));
    expect(whole[at.calls - 1]![0]).toBe('Calls');
    expect(whole[at.actions - 1]![0]).toBe('Open action items from earlier sessions');
    expect(whole[at.report - 1]!.slice(0, 2)).toEqual(['Report', 'Not built yet']);
  });
});

describe('the Summary sheet', () => {
  it('before the reveal holds names, roles and times only', () => {
    const session = presetSession({ evaluators: 2 });
    const layout = statusSummary(session, initialStatus(session));
    expect(layout.rules).toEqual([]);
    expect(layout.chart).toBeNull();
    expect(values(layout.block).slice(5).map((row) => row.slice(0, 5))).toEqual([
      ['Evaluator Person 1', 'Team lead', 'not yet', 0, 2],
      ['Evaluator Person 2', 'QA analyst', 'not yet', 0, 2],
    ]);
  });

  it('after the reveal places the heat map over the grid body and the chart beside everything', () => {
    const session = { ...presetSession({ evaluators: 3, calls: 2, scorecard: buildScorecard(5) }), status: 'revealed' as const };
    const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { disagreement: 0.5 }) });
    const layout = revealedSummary(session, analysis, null);
    const grid = values(layout.block);
    const rule = layout.rules[0]!;
    if (rule.kind !== 'formula') throw new Error('expected a formula rule');
    expect(rule.area.numRows).toBe(2 * 5);
    expect(grid[rule.area.row - 2]![4]).toBe(analysis.evaluators[0]!.name);
    expect(rule.area.column).toBe(5);
    expect(grid[rule.area.row - 2]![rule.area.column + rule.area.numColumns - 2]).toBe('Flags');
    expect(rule.formula).toBe(`=ISNUMBER(SEARCH("critical mismatch", $N${rule.area.row}))`);
    expect(layout.chart!.anchorColumn).toBeGreaterThan(layout.block.width);
    expect(grid[layout.chart!.data.row - 1]!.slice(1, 5)).toEqual(['Final score', ...analysis.evaluators.map((e) => e.name)]);
  });
});

describe('reading Action Items', () => {
  it('takes the due date from its display and stamps rows added by hand', () => {
    const items = parseActionItems(
      'Action Items',
      [
        ['a1', 'Do it', 'Ana', new Date('2026-12-15T00:00:00Z'), 'open', 's1', '', new Date(NOW)],
        ['', '', '', '', '', '', '', ''],
        ['', 'Also this', 'Bo', '', '', '', 'greet', ''],
      ],
      [
        ['a1', 'Do it', 'Ana', '2026-12-15', 'open', 's1', '', '2026-11-30 17:00'],
        ['', '', '', '', '', '', '', ''],
        ['', 'Also this', 'Bo', '', '', '', 'greet', ''],
      ],
      { now: NOW },
    );
    expect(items).toEqual([
      { id: 'a1', text: 'Do it', owner: 'Ana', dueDate: '2026-12-15', status: 'open', sessionId: 's1', criterionId: '', createdAt: NOW },
      { id: 'item-4', text: 'Also this', owner: 'Bo', dueDate: '', status: 'open', sessionId: 's1', criterionId: 'greet', createdAt: NOW },
    ]);
  });
});

describe('reading History', () => {
  const entry: SessionHistoryEntry = {
    sessionId: 's1',
    title: 'One',
    sessionDate: '2026-10-30',
    closedAt: '',
    scorecardId: 'card',
    scorecardVersion: 1,
    calls: 2,
    evaluators: 3,
    varianceTarget: 5,
    variance: null,
    alpha: 0.7,
    shareWithinTarget: null,
    disputedCriterionIds: [],
    evaluatorDeviations: [],
    gwetAc1: null,
    criticalDisagreements: null,
    scoringRule: 'points',
    attendanceRate: null,
  };

  it('round-trips its rows and skips damaged ones with the reason', () => {
    const rows = values(historyRows([entry, { ...entry, sessionId: 's2' }]));
    rows[1]![13] = '{not json';
    const read = parseHistory('History', [...rows, Array(14).fill('')], rows.map((row) => row.map(String)));
    expect(read.entries).toEqual([entry]);
    expect(read.skipped).toEqual(['History!A3: damaged row skipped (the evaluator deviations are not valid JSON)']);
  });
});
