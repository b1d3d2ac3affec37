// What the facilitator types after the reveal, checked before it is sent: action items, definition
// changes and the list of managers to share the report with. Pure: no DOM.
import type { SaveActionItemPayload, ShareReportPayload } from '../../src/api/payloads';
import type { ActionItem, ActionStatus } from '../../src/domain/schemas';
import type { SessionOverview } from '../../src/api/views';

export const actionStatusOptions: Array<{ value: ActionStatus; label: string }> = [
  { value: 'open', label: 'Open' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

export interface ActionItemDraft {
  /** '' for a new item. */
  id: string;
  text: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  criterionId: string;
}

export const blankActionItem = (): ActionItemDraft => ({ id: '', text: '', owner: '', dueDate: '', status: 'open', criterionId: '' });

export function actionItemDraft(item: ActionItem): ActionItemDraft {
  return { id: item.id, text: item.text, owner: item.owner, dueDate: item.dueDate, status: item.status, criterionId: item.criterionId };
}

const isDate = (text: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

export function actionItemProblems(draft: ActionItemDraft): string[] {
  const problems: string[] = [];
  if (!draft.text.trim()) problems.push('Describe the action.');
  else if (draft.text.length > 1000) problems.push('Keep the action under 1000 characters.');
  if (!draft.owner.trim()) problems.push('Every action needs a named owner.');
  else if (draft.owner.length > 120) problems.push("Keep the owner's name under 120 characters.");
  if (draft.dueDate && !isDate(draft.dueDate)) problems.push('Enter the due date as a date from 2000 to 2100.');
  return problems;
}

export function actionItemPayload(draft: ActionItemDraft): SaveActionItemPayload {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    text: draft.text.trim(),
    owner: draft.owner.trim(),
    dueDate: draft.dueDate,
    status: draft.status,
    criterionId: draft.criterionId,
  };
}

/** People an action can be given to: the facilitator and every evaluator, each once. */
export function ownerSuggestions(session: SessionOverview): string[] {
  return [...new Set([session.facilitatorName, ...session.evaluators.map((e) => e.name)].filter(Boolean))];
}

interface DefinitionDraft {
  newQuestion: string;
  newDefinition: string;
  reason: string;
}

export function definitionProblems(draft: DefinitionDraft, current: { question: string; definition: string }): string[] {
  const problems: string[] = [];
  if (!draft.newDefinition.trim()) problems.push('Write the new definition.');
  if (!draft.reason.trim()) problems.push('Say why the definition changed.');
  const question = draft.newQuestion.trim() || current.question;
  if (draft.newDefinition.trim() === current.definition.trim() && question === current.question) {
    problems.push('The new wording is the same as the current one.');
  }
  if (draft.newQuestion.length > 500) problems.push('Keep the question under 500 characters.');
  if (draft.newDefinition.length > 2000) problems.push('Keep the definition under 2000 characters.');
  if (draft.reason.length > 1000) problems.push('Keep the reason under 1000 characters.');
  return problems;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Managers' addresses as typed: separated by commas, semicolons, spaces or lines; duplicates dropped. */
export function parseEmailList(text: string): { emails: string[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    if (!EMAIL.test(part)) invalid.push(part);
    else if (!emails.some((e) => e.toLowerCase() === part.toLowerCase())) emails.push(part);
  }
  return { emails, invalid };
}

export function sharePayload(includeParticipants: boolean, managersText: string): { payload: ShareReportPayload } | { error: string } {
  const { emails, invalid } = parseEmailList(managersText);
  if (invalid.length > 0) return { error: `Not an email address: ${invalid.join(', ')}.` };
  if (emails.length > 50) return { error: 'Share with at most 50 managers at a time.' };
  if (!includeParticipants && emails.length === 0) return { error: 'Choose the participants, or enter at least one manager.' };
  return { payload: { includeParticipants, managers: emails } };
}
