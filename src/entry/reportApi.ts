// The sidebar's report actions. Each parses its payload before anything else runs; who may build or
// share is decided on the server (the facilitator only).
import { buildReportPayloadSchema, shareReportPayloadSchema } from '../api/payloads';
import { appsScriptReportDocuments } from '../adapters/docs/reportDocuments';
import { parseWith } from '../domain/errors';
import { buildReport, type BuildReportResult } from '../usecases/buildReport';
import { appsScriptServices } from '../adapters/appsScriptServices';
import { shareReport, type ShareReportResult } from '../usecases/shareReport';
import { respond } from './respond';

export function buildSessionReport(payload?: unknown): BuildReportResult {
  return respond('building the report', () =>
    buildReport(appsScriptServices(), appsScriptReportDocuments(), parseWith(buildReportPayloadSchema, payload, 'Building the report')),
  );
}

export function shareSessionReport(payload?: unknown): ShareReportResult {
  return respond('sharing the report', () =>
    shareReport(appsScriptServices(), appsScriptReportDocuments(), parseWith(shareReportPayloadSchema, payload, 'Sharing the report')),
  );
}
