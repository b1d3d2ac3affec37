// The report as an HTML fragment, for the local playground. Every piece of text is escaped: names,
// comments and notes come from people and may contain markup.
import type { ReportBlock, ReportTree, TextRun } from './tree';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Only http(s) links become anchors; anything else (javascript:, data:) is shown as plain text. */
function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function renderRun(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.removed) html = `<del>${html}</del>`;
  if (run.added) html = `<mark>${html}</mark>`;
  if (run.link && isSafeLink(run.link)) html = `<a href="${escapeHtml(run.link)}">${html}</a>`;
  return html;
}

const renderRuns = (runs: readonly TextRun[]): string => runs.map(renderRun).join('');

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      // The title is the page's h1, so report sections start at h2.
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p>${renderRuns(block.runs)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${renderRuns(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = `<thead><tr>${block.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead>`;
      const body = block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
  }
}

/** The report as an `<article>` fragment, one element per line. */
export function renderReportHtml(report: ReportTree): string {
  const lines = [`<article class="calibration-report">`, `<h1>${escapeHtml(report.title)}</h1>`];
  for (const block of report.blocks) lines.push(renderBlock(block));
  lines.push('</article>');
  return lines.join('\n');
}
