// A small hand-made session whose figures are worked out by hand in the comments, for the report tests.
import { analyzeSession } from '../../../src/domain/analysis';
import { parseWith } from '../../../src/domain/errors';
import type { ReportInput } from '../../../src/domain/report/buildReport';
import type { ReportBlock, ReportTree } from '../../../src/domain/report/tree';
import { runsText } from '../../../src/domain/report/tree';
import {
  actionItemSchema,
  definitionChangeSchema,
  discussionEntrySchema,
  sessionSchema,
  type ActionItem,
  type Session,
} from '../../../src/domain/schemas';
import { FIXED_TIME, final, sheet, type SessionInput } from '../../fixtures/calibration';

/**
 * Scorecard worth 4 points: greet (Yes/No, 1), disclose (Yes/No, 1, critical), empathy (1–5 scale, 2).
 * Reveal order (juniors first): Ben (A), Cat (B), Ann (C).
 */
export function handMadeSession(overrides: Partial<SessionInput> = {}): Session {
  return parseWith(
    sessionSchema,
    {
      id: 'nov',
      title: 'November calibration',
      sessionDate: '2026-11-30',
      scoringDeadline: FIXED_TIME,
      facilitator: { name: 'Fay Facilitator', email: 'fay@example.com' },
      calls: [
        { id: 'c1', label: 'Billing call', agent: 'Dana', recordingUrl: 'https://calls.example.com/1', callDate: '2026-11-02' },
        { id: 'c2', label: 'Refund call' },
      ],
      evaluators: [
        { id: 'ann', name: 'Ann Lee', email: 'ann@example.com', role: 'team-lead', seniority: 3 },
        { id: 'ben', name: 'Ben Ode', email: 'ben@example.com', role: 'qa-analyst', seniority: 1 },
        { id: 'cat', name: 'Cat Ruiz', email: 'cat@example.com', role: 'trainer', seniority: 2 },
      ],
      scorecard: {
        id: 'support',
        name: 'Support QA',
        version: 2,
        sections: [
          {
            id: 'main',
            name: 'Main',
            criteria: [
              { id: 'greet', type: 'yes-no', question: 'Did the agent greet the customer by name?' },
              { id: 'disclose', type: 'yes-no', question: 'Did the agent read the disclosure?', critical: true },
              { id: 'empathy', type: 'scale', question: 'How empathetic was the agent?', min: 1, max: 5, weight: 2 },
            ],
          },
        ],
      },
      createdAt: FIXED_TIME,
      ...overrides,
    },
    'Report fixture session',
  );
}

/**
 * Billing call: Ann 4/4 = 100%, Ben 3/4 = 75%, Cat 2/4 = 50%. Consensus Yes, Yes, 3 = 75%; the team
 * recorded greet = No, so the calibrated score is 2/4 = 50%: deviations Ann +50, Ben +25, Cat 0.
 * Refund call: Ann and Ben 3.5/4 = 87.5%; Cat failed the critical disclosure, 0%. Calibrated 87.5%:
 * deviations 0, 0, −87.5. Variance (50 + 25 + 0 + 0 + 0 + 87.5) / 6 = 27.08 pp.
 * Mean signed deviation: Ann +25.0, Ben +12.5, Cat −43.75.
 */
export function handMadeSubmissions(session: Session) {
  return [
    sheet(session, 'ann', 'c1', { greet: 1, disclose: 1, empathy: 5 }),
    sheet(session, 'ben', 'c1', { greet: 1, disclose: 1, empathy: 3 }),
    sheet(session, 'cat', 'c1', { greet: 0, disclose: 1, empathy: 3 }),
    sheet(session, 'ann', 'c2', { greet: 1, disclose: 1, empathy: 4 }),
    sheet(session, 'ben', 'c2', { greet: 1, disclose: 1, empathy: 4 }),
    sheet(session, 'cat', 'c2', { greet: 1, disclose: 0, empathy: 4 }),
  ];
}

export function actionItem(fields: Partial<ActionItem> & Pick<ActionItem, 'id' | 'text' | 'sessionId'>): ActionItem {
  return parseWith(actionItemSchema, { owner: 'Ben Ode', createdAt: FIXED_TIME, ...fields }, 'Fixture action item');
}

export function handMadeInput(session = handMadeSession()): ReportInput {
  return {
    session,
    analysis: analyzeSession({ session, submissions: handMadeSubmissions(session), finals: [final('c1', 'greet', 0)] }),
    discussion: [
      parseWith(
        discussionEntrySchema,
        {
          id: 'd1',
          criterionId: 'greet',
          callId: 'c1',
          notes: 'The agent used the account name, not the caller’s.',
          resolution: 'Greeting by account name does not count.',
          recordedAt: FIXED_TIME,
        },
        'Fixture discussion',
      ),
    ],
    definitionChanges: [
      parseWith(
        definitionChangeSchema,
        {
          criterionId: 'greet',
          oldQuestion: 'Did the agent greet the customer by name?',
          newQuestion: 'Did the agent greet the customer by name?',
          oldDefinition: 'Yes when a name is used.',
          newDefinition: 'Yes only when the caller’s own name is used.',
          reason: 'Account names were counted inconsistently.',
          fromVersion: 2,
          toVersion: 3,
          changedAt: FIXED_TIME,
        },
        'Fixture change',
      ),
      // An older change, from the version before this session: not this session's.
      parseWith(
        definitionChangeSchema,
        {
          criterionId: 'empathy',
          oldQuestion: 'Empathy?',
          newQuestion: 'How empathetic was the agent?',
          oldDefinition: '',
          newDefinition: 'Acknowledges feelings.',
          reason: 'Vague.',
          fromVersion: 1,
          toVersion: 2,
          changedAt: '2026-10-30T17:00:00.000Z',
        },
        'Fixture change',
      ),
    ],
    actionItems: [
      actionItem({ id: 'a1', text: 'Retrain on greetings', owner: 'Ben Ode', dueDate: '2026-12-15', sessionId: 'nov' }),
      actionItem({
        id: 'p1',
        text: 'Update the disclosure script',
        owner: 'Ann Lee',
        dueDate: '2026-11-15',
        status: 'done',
        sessionId: 'oct',
      }),
      actionItem({
        id: 'p2',
        text: 'Share call samples',
        owner: 'Cat Ruiz',
        dueDate: '2026-11-20',
        status: 'in-progress',
        sessionId: 'oct',
      }),
      actionItem({ id: 's1', text: 'Old finished task', owner: 'Ann Lee', status: 'done', sessionId: 'sep' }),
      actionItem({ id: 's2', text: 'Old open task', owner: 'Fay Facilitator', status: 'open', sessionId: 'sep' }),
    ],
    previousSession: { sessionId: 'oct', sessionDate: '2026-10-30', variance: 30, alpha: 0.5, shareWithinTarget: 0.5 },
    reportDate: '2026-12-01',
  };
}

/** Every block as one line of text (table rows as cells joined by " | "), for assertions. */
export function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${block.text}`];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return block.items.map((item) => `- ${runsText(item)}`);
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | '));
    case 'chart':
      return [`[picture ${block.picture + 1}]`];
  }
}

export const reportLines = (report: ReportTree): string[] => report.blocks.flatMap(blockLines);

/** The blocks from a level-1 heading up to the next one. */
export function section(report: ReportTree, title: string): ReportBlock[] {
  const start = report.blocks.findIndex((block) => block.kind === 'heading' && block.level === 1 && block.text === title);
  if (start < 0) throw new Error(`No section "${title}"`);
  const next = report.blocks.findIndex((block, i) => i > start && block.kind === 'heading' && block.level === 1);
  return report.blocks.slice(start, next < 0 ? undefined : next);
}

export const sectionLines = (report: ReportTree, title: string): string[] => section(report, title).flatMap(blockLines);
