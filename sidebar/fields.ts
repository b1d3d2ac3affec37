// Text the facilitator has typed but not yet saved, by input id. Views re-render after every server
// call; a field reads its kept text first, so saving one agenda item never wipes notes typed in
// another, and a failed save leaves the words where they were.

const kept = new Map<string, string>();

export function keptText(id: string, saved: string): string {
  return kept.has(id) ? kept.get(id)! : saved;
}

export function keepText(id: string, value: string): void {
  kept.set(id, value);
}

/** After a successful save: the server's text is now the truth for these fields. */
export function forgetText(...ids: string[]): void {
  for (const id of ids) kept.delete(id);
}
