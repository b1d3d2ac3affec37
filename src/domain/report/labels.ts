// Words the report uses for the schema's enumerations.
import type { Direction } from '../analysis';
import { roleLabels } from '../labels';
import type { ActionStatus, EvaluatorRole } from '../schemas';

const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

const DIRECTION_LABELS: Record<Direction, string> = {
  lenient: 'Lenient',
  harsh: 'Harsh',
  balanced: 'Balanced',
};

export const roleLabel = (role: EvaluatorRole): string => roleLabels[role];

/** An unfinished item past its due date says so: follow-through is what the next session checks. */
export function statusLabel(status: ActionStatus, dueDate: string, reportDate: string): string {
  const overdue = status !== 'done' && dueDate !== '' && dueDate < reportDate;
  return overdue ? `${STATUS_LABELS[status]} (overdue)` : STATUS_LABELS[status];
}

export const directionLabel = (direction: Direction | null): string => (direction === null ? '—' : DIRECTION_LABELS[direction]);
