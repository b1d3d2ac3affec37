// The facilitator (or a co-facilitator) shares the report Doc: view-only with the participants and any
// managers typed in; the managers named on the session as editors or viewers, as the facilitator chose
// when setting it up. Each address is added on its own, so one Google refuses does not stop the others;
// the result says which.
import type * as z from 'zod/mini';
import type { shareReportPayloadSchema } from '../api/payloads';
import { UserError } from '../domain/errors';
import { requireState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';

type ShareReportInput = z.output<typeof shareReportPayloadSchema>;

interface ShareReportResult {
  url: string;
  /** Addresses now on the Doc's viewer list. */
  added: string[];
  /** Managers named on the session who received the Doc as editors (they can share it on). */
  addedAsEditors: string[];
  failed: Array<{ email: string; reason: string }>;
  /** Participants with no address on record: they cannot be added, and someone should send them the link. */
  withoutAddress: string[];
}

function reasonOf(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Google Docs did not accept this address (${detail}). Check it is a Google account, or send the link yourself.`;
}

export function shareReport(services: Services, input: ShareReportInput): ShareReportResult {
  const user = services.caller();
  const documents = services.documents();
  return services.underLock(
    () => {
      const state = requireState(services.store());
      requireFacilitation(state, user);
      if (state.report === null) throw new UserError('Build the report first: there is no report Doc to share yet.');
      const doc = documents.open(state.report.docId);
      if (doc === null) {
        throw new UserError('The report Doc could not be opened (it may have been deleted): build the report again, then share it.');
      }

      const participants = input.includeParticipants ? state.session.evaluators : [];
      const { team } = state.session;
      const editors = team.managerAccess === 'edit' ? team.managers : [];
      const viewers = team.managerAccess === 'edit' ? [] : team.managers;
      const addresses = [...participants.map((evaluator) => evaluator.email).filter(Boolean), ...input.managers, ...viewers];
      const seen = new Set<string>();
      // The caller owns the Doc already; a repeated address is added once.
      if (user.email) seen.add(user.email.toLowerCase());
      const result: ShareReportResult = {
        url: doc.url,
        added: [],
        addedAsEditors: [],
        failed: [],
        withoutAddress: participants.filter((evaluator) => evaluator.email === '').map((evaluator) => evaluator.name),
      };
      // Editors first: an address that is also a participant gets the wider access.
      for (const email of editors) {
        const key = email.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          doc.addEditor(email);
          result.addedAsEditors.push(email);
        } catch (error) {
          result.failed.push({ email, reason: reasonOf(error) });
        }
      }
      for (const email of addresses) {
        const key = email.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          doc.addViewer(email);
          result.added.push(email);
        } catch (error) {
          // The add-on may not share at all here: one clear message, not one failure per address.
          if (error instanceof UserError) throw error;
          result.failed.push({ email, reason: reasonOf(error) });
        }
      }
      return result;
    },
    { sheets: false },
  );
}
