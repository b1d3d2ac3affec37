// Words people read for the schema's enumerations, shared by the sheets, the report and the sidebar.
import type { EvaluatorRole } from './schemas';

export const roleLabels: Record<EvaluatorRole, string> = {
  'qa-analyst': 'QA analyst',
  'team-lead': 'Team lead',
  supervisor: 'Supervisor',
  trainer: 'Trainer',
  'bpo-partner': 'BPO partner',
  client: 'Client',
  manager: 'Manager',
  other: 'Other',
};
