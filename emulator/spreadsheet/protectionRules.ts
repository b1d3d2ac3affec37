import type { EmulatedUser } from '../context';
import { contains, forEachPosition, intersects } from './grid';
import type { GridRange, ProtectionState } from './workbookSchema';

/** The text Sheets shows (and Apps Script throws) when someone edits a protected area. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).toLowerCase();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether the owner's domain may edit: only when domain edit is on and the user shares the domain. */
function domainCovers(protection: ProtectionState, email: string, owner: EmulatedUser): boolean {
  return protection.domainEdit && emailDomain(email) !== '' && emailDomain(email) === emailDomain(owner.email);
}

/**
 * Whether the user may edit what the protection covers. The owner always can; warning-only
 * protections stop nobody; until a script changes the editor list, a protection mirrors the
 * spreadsheet's own permissions (so every editor can still edit); after that only listed editors
 * can, directly or through a listed Google Group they belong to (a user whose address is withheld can
 * never be listed), plus the owner's domain when domain edit is on.
 */
export function canUserEdit(protection: ProtectionState, user: EmulatedUser, owner: EmulatedUser, groups: readonly string[] = []): boolean {
  if (user.key === owner.key || protection.warningOnly || !protection.editorsChanged) return true;
  const email = normalizeEmail(user.email);
  if (email === '') return false;
  if (protection.editors.includes(email)) return true;
  if (groups.some((group) => protection.editors.includes(group))) return true;
  return domainCovers(protection, email, owner);
}

/**
 * Google's Protection reference warns that a script "throws an exception upon removing the group" when
 * the user's edit permission comes from that group, which is why its examples add the effective user
 * first (https://developers.google.com/apps-script/reference/spreadsheet/protection). The exception's
 * text is not documented; this one says what happened.
 */
export const GROUP_REMOVAL_MESSAGE =
  'You cannot remove the group through which you have edit access to this protected range. Add yourself as an editor first.';

/** Whether removing `removed` from the list would take away the user's own edit access. */
export function removalLocksOut(
  protection: ProtectionState,
  removed: string,
  user: EmulatedUser,
  owner: EmulatedUser,
  groups: readonly string[],
): boolean {
  const email = normalizeEmail(user.email);
  if (user.key === owner.key || email === '' || !groups.includes(removed)) return false;
  if (protection.editors.includes(email) || domainCovers(protection, email, owner)) return false;
  return !groups.some((group) => group !== removed && protection.editors.includes(group));
}

/** Whether writing `area` on the protection's sheet touches a cell the protection guards. */
export function protectionCovers(protection: ProtectionState, sheetId: number, area: GridRange): boolean {
  if (protection.range.sheetId !== sheetId || !intersects(protection.range, area)) return false;
  if (protection.type === 'RANGE' || protection.unprotectedRanges.length === 0) return true;
  if (protection.unprotectedRanges.some((open) => contains(open, area))) return false;
  let touchesGuarded = false;
  forEachPosition(area, (row, column) => {
    if (touchesGuarded) return;
    const cell = { row, column, numRows: 1, numColumns: 1 };
    if (!protection.unprotectedRanges.some((open) => contains(open, cell))) touchesGuarded = true;
  });
  return touchesGuarded;
}
