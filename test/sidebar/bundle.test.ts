// dist/Sidebar.html is what HtmlService serves: one self-contained page, small enough to load fast
// in the sidebar, with nothing fetched from elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../dist/Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  // Raised from 60 KB when the wizard learnt to carry the last session over ("same person as", co-
  // facilitators, managers), the facilitator to see and undo name claims, and every face to say who
  // is signed in: about 4 KB minified. Raised by 1 KB for "Check tabs" (opening the sidebar no longer
  // looks at every tab) and for drawing long lists only when opened.
  it('stays under 67 KB', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(67_000);
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
