// Markup helpers for the server-rendered views. Every piece of workbook or document text is escaped;
// only colours that look like colours and only http(s) links reach an attribute.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** A CSS colour from workbook data, or null when it is not a plain #rgb/#rrggbb or colour name. */
export function safeColor(color: string | null | undefined): string | null {
  if (!color) return null;
  const trimmed = color.trim();
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(trimmed) || /^[a-z]{3,20}$/i.test(trimmed) ? trimmed : null;
}

export function safeLink(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
