// Compiled by `npm run typecheck`, never run: the sidebar's client takes each action's payload as the
// action table types it, so a payload the server would refuse for its shape does not compile.
import { api } from '../../sidebar/api';

export function wrongPayloadsDoNotCompile(): void {
  // @ts-expect-error an unknown field
  void api.submitCallScores({ nonsense: 42 });
  // @ts-expect-error a field of the wrong kind
  void api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 'yes' });
  // @ts-expect-error the reveal must be confirmed
  void api.revealSessionScores({ confirm: false });
  // @ts-expect-error a payload is required
  void api.startSession();
  // @ts-expect-error no such action
  void api.deleteEverything();
}

export async function resultsAreTyped(): Promise<string> {
  const built = await api.buildSessionReport({ newDocument: true });
  const state = await api.getSidebarState();
  return `${built.url} ${state.role}`;
}
