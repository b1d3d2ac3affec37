// The report's "Charts" section: the Summary's native charts copied into the Doc as pictures at the
// page width, right after the executive summary, and a sentence saying where a chart is whenever its
// picture cannot be taken or put in.
import type { BlockNode } from 'apps-script-emulator';
import { CHART_SENTENCES } from '../../src/domain/report/buildReport';
import { documentLines } from '../adapters/docs/documentLines';
import { EVALUATORS, FACILITATOR, api, as, environmentPerTest, sessionPayload, setUpSession, submitAll } from './harness';

const env = environmentPerTest();
const emails = EVALUATORS.map((e) => e.email as string);
const DEVIATION_TITLE = /^## Each evaluator's mean deviation from the final \(target ±\d+(\.\d+)? pp\)$/;

function revealed(): void {
  const scorecard = setUpSession(env);
  submitAll(env, scorecard, emails, (criterion, i) =>
    criterion.type === 'scale' ? criterion.max : criterion.type === 'points' ? criterion.maxPoints : i % 2,
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

function body(docId: string): BlockNode[] {
  return env.documents().find((doc) => doc.id === docId)!.body;
}

const images = (blocks: readonly BlockNode[]) =>
  blocks.flatMap((block) => (block.type === 'paragraph' && block.image ? [block.image] : []));

/** The lines of one level-1 section of the Doc. */
function sectionLines(docId: string, title: string): string[] {
  const lines = documentLines(body(docId));
  const start = lines.indexOf(`# ${title}`);
  const next = lines.findIndex((line, i) => i > start && /^# /.test(line));
  return lines.slice(start, next < 0 ? undefined : next);
}

describe("the report's charts", () => {
  it('come right after the executive summary, as pictures of the Summary charts at the page width', () => {
    revealed();
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    const headings = documentLines(body(built.docId)).filter((line) => /^# /.test(line));
    expect(headings.slice(0, 3)).toEqual(['# Executive summary', '# Charts', '# The session']);

    const charts = sectionLines(built.docId, 'Charts');
    expect(charts[1]).toBe(CHART_SENTENCES.intro);
    expect(charts[2]).toMatch(DEVIATION_TITLE);
    // The Summary's chart is 560 × 320; the picture keeps that shape at 600 pixels wide.
    expect(charts[3]).toBe('[image 600 x 343]');
    const [picture] = images(body(built.docId));
    expect(picture!.contentType).toBe('image/png');
    expect(Buffer.from(picture!.data, 'base64').subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('are replaced, not added to, when the report is rebuilt, and the facilitator’s notes stay last', () => {
    revealed();
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    as(env, FACILITATOR, () => DocumentApp.openById(built.docId).getBody().appendParagraph('Ask Ana about the greeting.'));
    as(env, FACILITATOR, () => api.buildSessionReport());
    const blocks = body(built.docId);
    expect(images(blocks)).toHaveLength(1);
    const lines = documentLines(blocks);
    expect(lines.indexOf('[image 600 x 343]')).toBeLessThan(lines.indexOf("# Facilitator's notes"));
    expect(lines[lines.length - 1]).toBe('Ask Ana about the greeting.');
  });

  it('say where the chart is when Sheets will not give its picture, and the report is still built', () => {
    revealed();
    env.failAfterCalls(0, 'SpreadsheetApp.EmbeddedChart.getAs', 'Chart could not be exported');
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    const charts = sectionLines(built.docId, 'Charts');
    expect(charts[2]).toMatch(DEVIATION_TITLE);
    expect(charts[3]).toBe(CHART_SENTENCES.missing);
    expect(images(body(built.docId))).toEqual([]);
  });

  it('say where the chart is when the Doc will not take the picture', () => {
    revealed();
    env.failAfterCalls(0, 'DocumentApp.Body.appendImage', 'Invalid image data');
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(sectionLines(built.docId, 'Charts')[3]).toBe(CHART_SENTENCES.missing);
    expect(images(body(built.docId))).toEqual([]);
  });

  it('are copied from a Summary someone hid, where Sheets gives the picture, and otherwise say where they are', () => {
    revealed();
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Summary')!.hideSheet());
    // Google does not say whether a hidden sheet's chart converts: both outcomes give a report.
    const shown = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(images(body(shown.docId))).toHaveLength(1);
    env.failAfterCalls(0, 'SpreadsheetApp.EmbeddedChart.getAs');
    const refused = as(env, FACILITATOR, () => api.buildSessionReport({ newDocument: true }));
    expect(sectionLines(refused.docId, 'Charts')[3]).toBe(CHART_SENTENCES.missing);
  });

  it('name a chart by its place when Sheets gives no title', () => {
    revealed();
    env.failAfterCalls(0, 'SpreadsheetApp.ChartOptions.get');
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(sectionLines(built.docId, 'Charts')[2]).toBe('## Chart 1 on the Summary tab');
    expect(images(body(built.docId))).toHaveLength(1);
  });

  it('include the variance across sessions once History holds earlier sessions, each chart under its own title', () => {
    revealed();
    as(env, FACILITATOR, () => api.closeCurrentSession());
    for (const [title, sessionDate] of [
      ['December calibration', '2026-12-30'],
      ['January calibration', '2027-01-30'],
    ] as const) {
      const next = as(env, FACILITATOR, () => api.startSession(sessionPayload({ title, sessionDate })));
      if (next.state.role !== 'facilitator') throw new Error('expected the facilitator view');
      const scorecard = next.state.scorecard;
      submitAll(env, scorecard, emails, (criterion) =>
        criterion.type === 'scale' ? criterion.min : criterion.type === 'points' ? criterion.maxPoints : 1,
      );
      as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      if (title === 'December calibration') as(env, FACILITATOR, () => api.closeCurrentSession());
    }
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    const headings = sectionLines(built.docId, 'Charts').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(2);
    expect(headings).toContain('## Calibration variance across sessions');
    expect(images(body(built.docId))).toHaveLength(2);
  });

  it('are not taken from a later session’s Summary when an archived session’s report is rebuilt', () => {
    revealed();
    const first = as(env, FACILITATOR, () => api.getSidebarState());
    if (first.role !== 'facilitator') throw new Error('expected the facilitator view');
    as(env, FACILITATOR, () => api.closeCurrentSession());
    as(env, FACILITATOR, () => api.startSession(sessionPayload({ title: 'December calibration', sessionDate: '2026-12-30' })));
    const rebuilt = as(env, FACILITATOR, () => api.buildSessionReport({ sessionId: first.session.id }));
    expect(sectionLines(rebuilt.docId, 'Charts')).toEqual(['# Charts', CHART_SENTENCES.replaced]);
    expect(images(body(rebuilt.docId))).toEqual([]);
  });
});
