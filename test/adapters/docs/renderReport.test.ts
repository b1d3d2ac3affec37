import { DEFAULT_OWNER } from 'apps-script-emulator';
import { renderReport } from '../../../src/adapters/docs/renderReport';
import { buildReport } from '../../../src/domain/report/buildReport';
import { heading, list, paragraph, table, type ReportTree } from '../../../src/domain/report/tree';
import { handMadeInput, reportLines } from '../../domain/report/reportFixture';
import { environmentPerTest } from '../../usecases/harness';
import { documentLines } from './documentLines';

const env = environmentPerTest(DEFAULT_OWNER);

function written(report: ReportTree) {
  const doc = DocumentApp.create(report.title);
  renderReport(doc.getBody(), report);
  return env.documents().find((view) => view.id === doc.getId())!;
}

const sample: ReportTree = {
  title: 'Calibration report — Q4 — 2026-11-30',
  blocks: [
    heading(1, 'The session'),
    paragraph({ text: 'Date: ', bold: true }, '2026-11-30'),
    heading(2, 'Calls reviewed'),
    list([[{ text: 'Billing call', link: 'https://calls.example.com/1' }, ' (voice)']]),
    table(
      ['Criterion', 'Final'],
      [
        ['=SUM(A1)', '+1'],
        ['@owner', '-2'],
      ],
    ),
  ],
};

describe('renderReport', () => {
  it('writes the title, Docs heading styles, styled runs, bullets and a table with a bold header row', () => {
    const body = written(sample).body;
    expect(body[0]).toEqual({ type: 'paragraph', heading: 'TITLE', alignment: null, runs: [{ text: sample.title, style: {} }] });
    expect(body[1]).toMatchObject({ type: 'paragraph', heading: 'HEADING1', runs: [{ text: 'The session' }] });
    expect(body[2]).toEqual({
      type: 'paragraph',
      heading: 'NORMAL',
      alignment: null,
      runs: [
        { text: 'Date: ', style: { bold: true } },
        { text: '2026-11-30', style: {} },
      ],
    });
    expect(body[3]).toMatchObject({ type: 'paragraph', heading: 'HEADING2' });
    expect(body[4]).toMatchObject({
      type: 'listItem',
      glyphType: 'BULLET',
      runs: [
        { text: 'Billing call', style: { linkUrl: 'https://calls.example.com/1' } },
        { text: ' (voice)', style: {} },
      ],
    });
    expect(body[5]).toMatchObject({
      type: 'table',
      rows: [
        { cells: [{ runs: [{ text: 'Criterion', style: { bold: true } }] }, { runs: [{ text: 'Final', style: { bold: true } }] }] },
        { cells: [{ runs: [{ text: '=SUM(A1)', style: {} }] }, { runs: [{ text: '+1', style: {} }] }] },
        { cells: [{ runs: [{ text: '@owner', style: {} }] }, { runs: [{ text: '-2', style: {} }] }] },
      ],
    });
  });

  it('replaces what the body held before', () => {
    const doc = DocumentApp.create('Old');
    doc.getBody().appendParagraph('stale text');
    renderReport(doc.getBody(), sample);
    renderReport(doc.getBody(), sample);
    const lines = documentLines(env.documents()[0]!.body);
    expect(lines).not.toContain('stale text');
    expect(lines.filter((line) => line === `= ${sample.title}`)).toHaveLength(1);
  });

  it('writes a whole report line for line as the model has it', () => {
    const report = buildReport(handMadeInput());
    const lines = documentLines(written(report).body);
    expect(lines).toEqual([`= ${report.title}`, ...reportLines(report)]);
  });

  it('makes as many DocumentApp calls for 30 criteria as for 3: one appendTable per table', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Criterion ${i + 1}`, 'Yes']);
    const cost = (n: number) => {
      const doc = DocumentApp.create('Cost');
      const mark = env.calls.mark();
      renderReport(doc.getBody(), { title: 'Cost', blocks: [heading(1, 'Scores'), table(['Criterion', 'Final'], rows(n))] });
      return env.calls.since(mark);
    };
    const small = cost(3);
    expect(cost(30)).toEqual(small);
    expect(small['DocumentApp.Body.appendTable']).toBe(1);
  });

  it('writes a new Doc without reading or clearing it, with the same result as an existing one', () => {
    const fresh = DocumentApp.create('Fresh');
    const mark = env.calls.mark();
    renderReport(fresh.getBody(), sample, [], { newDocument: true });
    const calls = env.calls.since(mark);
    expect(calls['DocumentApp.Body.clear']).toBeUndefined();
    expect(calls['DocumentApp.Paragraph.getText']).toBeUndefined();
    expect(calls['DocumentApp.Body.getParagraphs']).toBe(1);
    const [freshView] = env.documents();
    expect(freshView!.body).toEqual(written(sample).body);
  });

  it('styles each stretch of words that look alike with one setAttributes, however many attributes it sets', () => {
    const doc = DocumentApp.create('Runs');
    const mark = env.calls.mark();
    renderReport(doc.getBody(), {
      title: 'Runs',
      blocks: [
        paragraph({ text: 'Built ', bold: true }, { text: 'today', bold: true }, ' from the session'),
        paragraph({ text: 'Recording', bold: true, link: 'https://calls.example.com/1' }, ' of the call'),
      ],
    });
    expect(env.calls.since(mark)['DocumentApp.Text.setAttributes']).toBe(2);
    const body = env.documents().find((view) => view.name === 'Runs')!.body;
    expect(body[1]).toMatchObject({
      runs: [
        { text: 'Built today', style: { bold: true } },
        { text: ' from the session', style: {} },
      ],
    });
    expect(body[2]).toMatchObject({
      runs: [
        { text: 'Recording', style: { bold: true, linkUrl: 'https://calls.example.com/1' } },
        { text: ' of the call', style: {} },
      ],
    });
  });
});
