// Apps Script refuses a call the add-on's granted scopes do not cover with "Specified permissions are
// not sufficient to call X. Required permissions: Y" (or, outside an authorized run, "You do not have
// permission to call X"). Google documents that such calls fail, not the wording, so both are matched.
const MISSING_PERMISSION = /not sufficient to call|do not have permission to call|Required permissions:|Authorization is required/i;

export function isMissingPermission(error: unknown): boolean {
  return error instanceof Error && MISSING_PERMISSION.test(error.message);
}
