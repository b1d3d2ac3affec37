import type { BlockNode, TextRun, DocumentView } from 'apps-script-emulator';
import { escapeHtml as e, safeColor, safeLink } from './html';

// The add-on's Docs (the session report) as HTML: headings, paragraphs, lists, tables, with the
// sharing the Doc was given. Hooks: article.document[data-document-id], its h1..h6.

const headingTag: Record<string, string> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  SUBTITLE: 'p',
};

function runHtml(run: TextRun): string {
  let html = e(run.text).replace(/\r?\n|\r/g, '<br>');
  const s = run.style;
  if (s.bold) html = `<strong>${html}</strong>`;
  if (s.italic) html = `<em>${html}</em>`;
  if (s.underline) html = `<u>${html}</u>`;
  if (s.strikethrough) html = `<s>${html}</s>`;
  const styles = [
    safeColor(s.foregroundColor) && `color:${safeColor(s.foregroundColor)}`,
    safeColor(s.backgroundColor) && `background:${safeColor(s.backgroundColor)}`,
  ]
    .filter(Boolean)
    .join(';');
  if (styles) html = `<span style="${styles}">${html}</span>`;
  const link = safeLink(s.linkUrl);
  if (link) html = `<a href="${e(link)}" target="_blank" rel="noopener noreferrer">${html}</a>`;
  return html;
}

const runsHtml = (runs: readonly TextRun[]) => runs.map(runHtml).join('');

const orderedGlyphs = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

type InlineImage = NonNullable<Extract<BlockNode, { type: 'paragraph' }>['image']>;

/** An image paragraph at the size the Doc gives it (pixels); only PNG, JPEG and GIF data is shown. */
function imageHtml(image: InlineImage): string {
  if (!/^image\/(png|jpeg|gif)$/.test(image.contentType) || !/^[A-Za-z0-9+/]*={0,2}$/.test(image.data))
    return '<p class="doc-image">[image]</p>';
  const alt = image.altTitle || image.altDescription || 'Chart';
  return `<p class="doc-image"><img src="data:${image.contentType};base64,${image.data}" width="${Math.round(image.width)}" height="${Math.round(image.height)}" alt="${e(alt)}"></p>`;
}

function blockHtml(block: Exclude<BlockNode, { type: 'listItem' }>): string {
  switch (block.type) {
    case 'paragraph': {
      if (block.image) return imageHtml(block.image);
      const tag = headingTag[block.heading] ?? 'p';
      const cls = block.heading === 'TITLE' ? ' class="doc-title"' : block.heading === 'SUBTITLE' ? ' class="doc-subtitle"' : '';
      const align = block.alignment && block.alignment !== 'LEFT' ? ` style="text-align:${block.alignment.toLowerCase()}"` : '';
      return `<${tag}${cls}${align}>${runsHtml(block.runs)}</${tag}>`;
    }
    case 'table':
      return `<table class="doc-table">${block.rows
        .map(
          (row) =>
            `<tr>${row.cells
              .map((cell) => {
                const bg = safeColor(cell.backgroundColor);
                return `<td${bg ? ` style="background:${bg}"` : ''}>${runsHtml(cell.runs)}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'horizontalRule':
      return '<hr>';
    case 'pageBreak':
      return '<hr class="page-break" aria-label="page break">';
  }
}

/** Body blocks as HTML; consecutive list items become one list, nested by their nesting level. */
export function documentBodyHtml(body: readonly BlockNode[]): string {
  const out: string[] = [];
  for (let i = 0; i < body.length; ) {
    const block = body[i]!;
    if (block.type !== 'listItem') {
      out.push(blockHtml(block));
      i++;
      continue;
    }
    const items: string[] = [];
    const tag = orderedGlyphs.has(block.glyphType) ? 'ol' : 'ul';
    while (i < body.length && body[i]!.type === 'listItem') {
      const item = body[i] as Extract<BlockNode, { type: 'listItem' }>;
      items.push(`<li style="margin-left:${item.nestingLevel * 1.5}em">${runsHtml(item.runs)}</li>`);
      i++;
    }
    out.push(`<${tag}>${items.join('')}</${tag}>`);
  }
  return out.join('\n');
}

export function documentsHtml(documents: readonly DocumentView[]): string {
  if (documents.length === 0) return '<p class="empty">No report yet: the facilitator builds it from the sidebar after the reveal.</p>';
  return documents
    .map((doc) => {
      const sharing = [`owner ${doc.owner.email || '(address withheld)'}`];
      if (doc.editors.length) sharing.push(`editors ${doc.editors.join(', ')}`);
      if (doc.viewers.length) sharing.push(`viewers ${doc.viewers.join(', ')}`);
      return (
        `<article class="document" data-document-id="${e(doc.id)}"><header class="document-header"><span class="document-name">${e(doc.name)}</span>` +
        `<span class="document-sharing">${e(sharing.join('; '))}</span></header><div class="document-body">${documentBodyHtml(doc.body)}</div></article>`
      );
    })
    .join('');
}
