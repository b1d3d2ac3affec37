import { inspectWorkbook, PROTECTED_MESSAGE } from '../../spreadsheet';
import { createTestWorkbook } from './testContext';

/** An evaluator tab restricted to the owner and one evaluator, the way the add-on sets it up. */
function restrictedTab() {
  const book = createTestWorkbook();
  const tab = book.ss.insertSheet('Eval - Bob');
  tab.getRange('A1').setValue('seed');
  const protection = tab.protect().setDescription('Bob only');
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  protection.addEditor('bob@example.com');
  return { ...book, tab, protection };
}

describe('protections', () => {
  it('lists the owner and creator, then the added editor; the owner cannot be removed', () => {
    const { protection } = restrictedTab();
    protection.addEditor('bob@example.com');
    protection.removeEditor('owner@example.com');
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@example.com', 'bob@example.com']);
  });

  it('lets the owner write, always', () => {
    const { tab, actAsOwner } = restrictedTab();
    actAsOwner();
    tab.getRange('A1').setValue('owner edit');
    expect(tab.getRange('A1').getValue()).toBe('owner edit');
  });

  it('lets a listed editor write', () => {
    const { tab, actAs } = restrictedTab();
    actAs('bob@example.com');
    tab.getRange('B2').setValues([['4']]);
    expect(tab.getRange('B2').getValue()).toBe(4);
  });

  it('rejects every kind of write by another user and changes nothing', () => {
    const { tab, actAs, spreadsheet } = restrictedTab();
    actAs('carol@example.com');
    const cell = tab.getRange('A1');
    const attempts: Array<() => unknown> = [
      () => cell.setValue('x'),
      () => cell.setValues([['x']]),
      () => cell.setFormula('=1'),
      () => cell.setNumberFormat('0.00'),
      () => cell.setBackground('#ff0000'),
      () => cell.setNote('note'),
      () => cell.clear(),
      () => tab.getRange('A1:B2').merge(),
      () => tab.setName('Renamed'),
      () => tab.hideSheet(),
      () => tab.insertRowsAfter(1, 2),
      () => tab.getParent().deleteSheet(tab),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(PROTECTED_MESSAGE);
    const view = inspectWorkbook(spreadsheet).sheets.find((sheet) => sheet.name === 'Eval - Bob')!;
    expect(view.values).toEqual([['seed']]);
    expect(view.hidden).toBe(false);
    expect(view.merges).toEqual([]);
  });

  it('lets everyone write through a warning-only protection', () => {
    const { tab, protection, actAs } = restrictedTab();
    protection.setWarningOnly(true);
    actAs('carol@example.com');
    tab.getRange('A1').setValue('warned but allowed');
    expect(tab.getRange('A1').getValue()).toBe('warned but allowed');
  });

  it('never lists a user whose email is withheld, so they cannot write', () => {
    const { ss, actAs, actAsOwner } = createTestWorkbook();
    actAs('', 'anonymous-1');
    const tab = ss.insertSheet('Anon');
    const protection = tab.protect();
    expect(() => protection.addEditor('')).toThrow('Invalid email');
    protection.addEditor('bob@example.com');
    // The creator's own address was never listed, so once the list changes they are locked out.
    expect(() => tab.getRange('A1').setValue(1)).toThrow(PROTECTED_MESSAGE);
    expect(() => protection.getEditors()).toThrow(PROTECTED_MESSAGE);
    actAsOwner();
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@example.com', 'bob@example.com']);
    tab.getRange('A1').setValue(1);
    expect(tab.getRange('A1').getValue()).toBe(1);
  });

  it('mirrors the spreadsheet permissions until the editor list changes, as documented', () => {
    const { ss, actAs } = createTestWorkbook();
    const range = ss.getRange('A1:B2');
    const protection = range.protect();
    actAs('carol@example.com');
    range.setValue('still editable');
    expect(range.getValue()).toBe('still editable');
    expect(protection.canEdit()).toBe(true);
  });

  it('blocks only the protected cells of a range protection and honours unprotected ranges of a sheet', () => {
    const { ss, actAs, actAsOwner } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    const guarded = sheet.getRange('A1:A2').protect();
    guarded.removeEditors(guarded.getEditors());
    const tab = ss.insertSheet('Form');
    const whole = tab.protect();
    whole.setUnprotectedRanges([tab.getRange('C1:C10')]);
    whole.removeEditors(whole.getEditors());
    actAs('carol@example.com');
    sheet.getRange('B1').setValue('free');
    expect(() => sheet.getRange('A2:B2').setValues([[1, 2]])).toThrow(PROTECTED_MESSAGE);
    tab.getRange('C5').setValue('answer');
    expect(() => tab.getRange('C10:C11').setValues([['a'], ['b']])).toThrow(PROTECTED_MESSAGE);
    actAsOwner();
    expect(tab.getRange('C5').getValue()).toBe('answer');
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
  });

  it('allows changing or removing a protection only to its editors', () => {
    const { protection, actAs, ss, app } = restrictedTab();
    actAs('carol@example.com');
    expect(protection.canEdit()).toBe(false);
    expect(() => protection.setDescription('mine')).toThrow(PROTECTED_MESSAGE);
    expect(() => protection.remove()).toThrow(PROTECTED_MESSAGE);
    expect(() => protection.getEditors()).toThrow(PROTECTED_MESSAGE);
    actAs('bob@example.com');
    expect(protection.canEdit()).toBe(true);
    protection.setDescription('Bob edited');
    // Bob is the current user, so Apps Script silently keeps him when he removes himself.
    protection.removeEditor('bob@example.com');
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@example.com', 'bob@example.com']);
    expect(ss.getProtections(app.ProtectionType.SHEET)[0]!.getDescription()).toBe('Bob edited');
  });

  it('returns the existing sheet protection from protect() and exposes type, range and description', () => {
    const { tab, app, ss, spreadsheet } = restrictedTab();
    const again = tab.protect();
    expect(again.getDescription()).toBe('Bob only');
    expect(again.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(again.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    const [view] = inspectWorkbook(spreadsheet).protections;
    expect(view).toMatchObject({
      type: 'SHEET',
      sheet: 'Eval - Bob',
      description: 'Bob only',
      restricted: true,
      editors: ['owner@example.com', 'bob@example.com'],
    });
  });

  it('lets the owner remove a protection, which unblocks everyone', () => {
    const { protection, tab, actAs, actAsOwner } = restrictedTab();
    actAsOwner();
    protection.remove();
    actAs('carol@example.com');
    tab.getRange('A1').setValue('open now');
    expect(tab.getRange('A1').getValue()).toBe('open now');
  });
});

describe('access through a Google Group', () => {
  /** The spreadsheet is shared with a group Fay belongs to, never with Fay in person. */
  function sharedThroughGroup() {
    const book = createTestWorkbook();
    book.spreadsheet.state.sharing.editors.push('qa-team@example.com');
    book.spreadsheet.state.sharing.groups['qa-team@example.com'] = ['fay@example.com'];
    book.actAs('fay@example.com');
    const tab = book.ss.insertSheet('Eval - Bob');
    return { ...book, tab };
  }

  it('lists the group, not the member, on a new protection', () => {
    const { tab } = sharedThroughGroup();
    const protection = tab.protect();
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@example.com', 'qa-team@example.com']);
  });

  it('throws when the caller removes the group they edit through, as Google documents, and changes nothing', () => {
    const { tab } = sharedThroughGroup();
    const protection = tab.protect();
    expect(() => protection.removeEditors(protection.getEditors())).toThrow(
      'You cannot remove the group through which you have edit access',
    );
    expect(protection.getEditors().map((user) => user.getEmail())).toContain('qa-team@example.com');
  });

  it("lets the caller remove the group once they are an editor in person, as Google's example does", () => {
    const { tab, actAs } = sharedThroughGroup();
    const protection = tab.protect();
    protection.addEditor('fay@example.com');
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@example.com', 'fay@example.com']);
    tab.getRange('A1').setValue('still mine');
    actAs('gus@example.com');
    expect(() => tab.getRange('A1').setValue('x')).toThrow(PROTECTED_MESSAGE);
  });

  it('lets a member of a listed group edit', () => {
    const { tab, spreadsheet, actAs } = sharedThroughGroup();
    const protection = tab.protect();
    protection.addEditor('fay@example.com');
    protection.removeEditors(['qa-team@example.com']);
    protection.addEditor('leads@example.com');
    spreadsheet.state.sharing.groups['leads@example.com'] = ['gus@example.com'];
    actAs('gus@example.com');
    tab.getRange('A1').setValue('lead edit');
    expect(tab.getRange('A1').getValue()).toBe('lead edit');
  });
});
