// Which words changed between an old and a new wording, so a definition change can show both texts with
// the changed words marked. A longest-common-subsequence over words (and the spaces between them): short
// texts, so the quadratic table is small.

interface DiffPart {
  text: string;
  changed: boolean;
}

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Joins neighbouring parts of the same kind; a space between two changed words counts as changed. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.changed === part.changed) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** The old text with removed words marked, and the new text with added words marked. */
export function wordDiff(before: string, after: string): { before: DiffPart[]; after: DiffPart[] } {
  const a = tokens(before);
  const b = tokens(after);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const old: DiffPart[] = [];
  const added: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      old.push({ text: a[i]!, changed: false });
      added.push({ text: b[j]!, changed: false });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      old.push({ text: a[i++]!, changed: true });
    } else {
      added.push({ text: b[j++]!, changed: true });
    }
  }
  while (i < a.length) old.push({ text: a[i++]!, changed: true });
  while (j < b.length) added.push({ text: b[j++]!, changed: true });
  // Unchanged whitespace between two changed words reads as part of the change.
  const bridge = (parts: DiffPart[]) =>
    parts.map((part, k) =>
      !part.changed && /^\s+$/.test(part.text) && parts[k - 1]?.changed && parts[k + 1]?.changed ? { ...part, changed: true } : part,
    );
  return { before: merge(bridge(old)), after: merge(bridge(added)) };
}
