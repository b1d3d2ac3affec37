import type { Evaluator, Session } from '../schemas';

function byNameThenId(a: Evaluator, b: Evaluator): number {
  const nameA = a.name.toLowerCase();
  const nameB = b.name.toLowerCase();
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The order in which scores are revealed and evaluators speak. With `juniorsFirst`, the most junior
 * speak first so nobody anchors on a senior's score: ascending seniority, then name. Otherwise the
 * session's own order.
 */
export function revealOrder(session: Session): Evaluator[] {
  // An anonymous session drew its label order when it started: that order is the reveal order.
  if (session.options.anonymousReveal && session.labelOrder.length === session.evaluators.length) {
    const byId = new Map(session.evaluators.map((e) => [e.id, e]));
    return session.labelOrder.map((id) => byId.get(id)!);
  }
  if (!session.options.juniorsFirst) return [...session.evaluators];
  return [...session.evaluators].sort((a, b) => a.seniority - b.seniority || byNameThenId(a, b));
}

/** "Evaluator A" … "Evaluator Z", then "Evaluator AA", for the index in reveal order. */
export function revealLabel(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(65 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return `Evaluator ${letters}`;
}

/** Evaluator id -> what the sheets call them: "Evaluator A" … in reveal order when anonymous, else their name. */
export function revealLabels(session: Session): Map<string, string> {
  const anonymous = session.options.anonymousReveal;
  return new Map(revealOrder(session).map((evaluator, index) => [evaluator.id, anonymous ? revealLabel(index) : evaluator.name]));
}

/**
 * The label order of an anonymous session, drawn when it starts: juniors first when asked, and at random
 * among equals (or throughout), from one random key per evaluator. Labels that followed names or the
 * roster's order could be read back from the Session tab by anyone.
 */
export function drawLabelOrder(evaluators: readonly Evaluator[], juniorsFirst: boolean, randomKeys: readonly string[]): string[] {
  return evaluators
    .map((evaluator, i) => ({ evaluator, key: randomKeys[i] ?? '' }))
    .sort((a, b) => (juniorsFirst ? a.evaluator.seniority - b.evaluator.seniority : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ evaluator }) => evaluator.id);
}

/**
 * The evaluators in the order anyone may see them listed: by name when the reveal is anonymous (the
 * roster is often typed juniors first, and juniors-first labels follow seniority), else as listed.
 */
export function publicRoster(session: Session): Evaluator[] {
  if (!session.options.anonymousReveal) return [...session.evaluators];
  return [...session.evaluators].sort(byNameThenId);
}
