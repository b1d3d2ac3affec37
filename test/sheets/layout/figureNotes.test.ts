import { analyzeSession } from '../../../src/domain/analysis';
import { EXPERT_HIDDEN_SENTENCE, resultRows } from '../../../src/domain/results';
import { revealedSummary } from '../../../src/sheets/layout/summarySheet';
import { buildScorecard, buildSession, buildSubmissions, sheet } from '../../fixtures/calibration';

describe('notes on the Summary', () => {
  const session = buildSession({
    evaluators: 4,
    calls: 2,
    scorecard: buildScorecard(6),
    options: { expertEvaluatorId: 'e4', anonymousReveal: false },
  });
  const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { seed: 5 }) });
  const { block } = revealedSummary(session, analysis, null);

  it('every column header and every session figure carries a note', () => {
    const headerRows = block.rows.filter((row) => row.length > 1 && row.filter((cell) => cell.bold && cell.value !== '').length > 1);
    expect(headerRows.length).toBeGreaterThan(4);
    for (const row of headerRows) {
      for (const cell of row)
        if (cell.bold && cell.value !== '')
          expect({ label: cell.value, note: cell.note === '' ? 'missing' : 'present' }).toEqual({ label: cell.value, note: 'present' });
    }
    const figures = block.rows.findIndex((row) => row[0]!.value === 'Session figures');
    for (let i = figures + 1; block.rows[i]![0]!.value !== ''; i++) expect(block.rows[i]![0]!.note).not.toBe('');
  });

  it('states the balanced band and shows the expert benchmark', () => {
    const texts = block.rows.flat().map((cell) => String(cell.value));
    expect(texts.some((value) => /^(balanced \(within ±2\.5 pp\)|lenient \(above \+2\.5 pp\)|harsh \(below −2\.5 pp\))$/.test(value))).toBe(
      true,
    );
    expect(texts).toContain('Expert benchmark (Evaluator 04)');
    expect(texts).toContain('Deviation from expert');
  });

  it('keeps the expert benchmark out of an anonymous session, where it would tell which label is the expert', () => {
    const anonymous = { ...session, options: { ...session.options, anonymousReveal: true } };
    const texts = revealedSummary(anonymous, analysis, null)
      .block.rows.flat()
      .map((cell) => String(cell.value));
    expect(texts).toContain(EXPERT_HIDDEN_SENTENCE);
    expect(texts).not.toContain('Deviation from expert');
    const rows = resultRows(anonymous, analysis);
    expect(rows.some((row) => row.kind === 'expert' || row.deviationFromExpert !== null)).toBe(false);
    expect(resultRows(session, analysis).filter((row) => row.kind === 'expert')).toHaveLength(2);
  });
});

describe('call scores on the Summary', () => {
  const session = buildSession({
    evaluators: 2,
    calls: 1,
    options: { anonymousReveal: false },
    scorecard: {
      id: 'tiny',
      name: 'Tiny',
      sections: [
        {
          id: 's',
          name: 'S',
          criteria: [
            { id: 'id', type: 'yes-no', question: 'Verified identity?', critical: true },
            { id: 'greet', type: 'yes-no', question: 'Greeted?' },
            { id: 'clear', type: 'scale', question: 'Clear?', min: 1, max: 5 },
          ],
        },
      ],
    },
  });
  // id: Yes/No tie → unresolved; greet agreed Yes; clear 3 and 5 → consensus 3 (lower middle).
  const analysis = analyzeSession({
    session,
    submissions: [sheet(session, 'e1', 'c1', { id: 0, greet: 1, clear: 3 }), sheet(session, 'e2', 'c1', { id: 1, greet: 1, clear: 5 })],
  });
  const { block } = revealedSummary(session, analysis, null);
  const results = block.rows.findIndex((row) => row[0]!.value === 'Score and deviation per call');

  it('shows the score the deviation was computed from, marked † with what was left out', () => {
    const e1 = block.rows[results + 2]!;
    // Without the unresolved id: greet Yes, clear 3 → (1 + ½) ÷ 2 = 75 %; the final is greet Yes, clear 3 = 75 %.
    expect(e1.slice(1, 4).map((cell) => cell.value)).toEqual([75, 75, 0]);
    expect(e1[1]!.format).toContain('†');
    expect(e1[1]!.note).toBe('Left out (unresolved, no final yet): id (Verified identity?).');
  });
});

describe('an auto-fail on the Summary', () => {
  const session = buildSession({ evaluators: 3, calls: 1, options: { anonymousReveal: false }, scorecard: buildScorecard(3) });
  const criteria = session.scorecard.sections.flatMap((section) => section.criteria);
  const critical = { ...criteria[0]!, critical: true };
  const withCritical = {
    ...session,
    scorecard: {
      ...session.scorecard,
      sections: [{ ...session.scorecard.sections[0]!, criteria: [critical, ...criteria.slice(1)] }, ...session.scorecard.sections.slice(1)],
    },
  };
  const answers = (first: number) =>
    Object.fromEntries(criteria.map((c, i) => [c.id, i === 0 ? first : c.type === 'scale' ? 5 : c.type === 'points' ? 10 : 1]));
  const analysis = analyzeSession({
    session: withCritical,
    submissions: [
      sheet(withCritical, 'e1', 'c1', answers(0)),
      sheet(withCritical, 'e2', 'c1', answers(1)),
      sheet(withCritical, 'e3', 'c1', answers(1)),
    ],
  });
  const { block } = revealedSummary(withCritical, analysis, null);

  it('keeps 0 % with the raw score beside it and the failed criterion in the note, and counts the disagreement', () => {
    const results = block.rows.findIndex((row) => row[0]!.value === 'Score and deviation per call');
    const row = block.rows.slice(results + 2).find((r) => r[0]!.value === 'Evaluator 01')!;
    const entry = analysis.calls[0]!.evaluators.find((e) => e.evaluatorId === 'e1')!;
    expect(row[1]!.value).toBe(0);
    expect(row[2]!.value).toBe(entry.score.rawPercent);
    expect(row[3]!.value).toBe(entry.deviation);
    expect(row[1]!.note).toMatch(new RegExp(`^Auto-fail: failed ${criteria[0]!.id} \\(`));
    const figures = block.rows.findIndex((r) => r[0]!.value === 'Session figures');
    expect(block.rows[figures + 3]!.slice(0, 3).map((cell) => cell.value)).toEqual([
      'Critical (auto-fail) disagreements',
      1,
      '1 of 1 call',
    ]);
  });
});
