import { buildReport } from '../../../src/domain/report/buildReport';
import { escapeHtml, renderReportHtml } from '../../../src/domain/report/html';
import { heading, list, paragraph, table } from '../../../src/domain/report/tree';
import { handMadeInput } from './reportFixture';

describe('renderReportHtml', () => {
  it('renders headings, paragraphs with bold and links, lists and tables with a header row', () => {
    const html = renderReportHtml({
      title: 'Report',
      blocks: [
        heading(1, 'Section'),
        heading(2, 'Part'),
        paragraph({ text: 'Date: ', bold: true }, '2026-11-30'),
        list([[{ text: 'Call 1', link: 'https://calls.example.com/1' }, ' (voice)']]),
        table(['Criterion', 'Final'], [['Greeting', 'Yes']]),
      ],
    });
    expect(html.split('\n')).toEqual([
      '<article class="calibration-report">',
      '<h1>Report</h1>',
      '<h2>Section</h2>',
      '<h3>Part</h3>',
      '<p><strong>Date: </strong>2026-11-30</p>',
      '<ul><li><a href="https://calls.example.com/1">Call 1</a> (voice)</li></ul>',
      '<table><thead><tr><th>Criterion</th><th>Final</th></tr></thead><tbody><tr><td>Greeting</td><td>Yes</td></tr></tbody></table>',
      '</article>',
    ]);
  });

  it('escapes every piece of text, so names and notes can never inject markup', () => {
    const evil = `<script>alert("x")</script> & 'quotes'`;
    const html = renderReportHtml({
      title: evil,
      blocks: [heading(1, evil), paragraph(evil), list([[evil]]), table([evil], [[evil]])],
    });
    expect(html).not.toContain('<script>');
    expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;quotes&#39;/g)).toHaveLength(6);
  });

  it('links only http(s) addresses, and escapes the address', () => {
    const html = renderReportHtml({
      title: 't',
      blocks: [
        paragraph({ text: 'bad', link: 'javascript:alert(1)' }),
        paragraph({ text: 'good', link: 'https://example.com/?a=1&b="2"' }),
      ],
    });
    expect(html).toContain('<p>bad</p>');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">good</a>');
  });

  it('renders a whole report with its sections and figures', () => {
    const html = renderReportHtml(buildReport(handMadeInput()));
    expect(html).toContain('<h1>Calibration report — November calibration — 2026-11-30</h1>');
    expect(html).toContain('<td>Billing call</td><td>50.0%</td><td>75.0%</td>');
    expect(html).toContain('<h2>Follow-up from earlier sessions</h2>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
