// dist/Sidebar.html is what HtmlService serves: one self-contained page, small enough to load fast
// in the sidebar, with nothing fetched from elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../dist/Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  // 60 KB until the sidebar carried the last session over and listed claims (about 5.5 KB), the evaluator
  // got "Your calibration" and the report its freshness (about 3 KB), and "Check this spreadsheet" its view
  // (about 1.5 KB), and the attendance register and the away view theirs (about 3 KB). Google serves it
  // once per sidebar opening; 80 KB keeps that well under a second.
  it('stays under 80 KB', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(80 * 1024);
  });

  it('inlines its script and styles and loads nothing from a CDN', () => {
    expect(html).not.toContain('<!-- inline:');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\/(?!www\.w3\.org)[^"'\s)]*\.(js|css)\b/i);
  });

  it('has the regions every view relies on: an alert for failures and a polite status line', () => {
    expect(html).toMatch(/id="alert"[^>]*role="alert"|role="alert"[^>]*id="alert"/);
    expect(html).toMatch(/role="status"[^>]*aria-live="polite"/);
  });
});
