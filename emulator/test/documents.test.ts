import { createAppsScriptEnvironment } from '../environment';

describe('DocumentApp', () => {
  it('creates a document owned by the active user, starting with one empty paragraph', () => {
    const env = createAppsScriptEnvironment();
    const { DocumentApp } = env.globals;
    const doc = env.run('alice@example.com', () => DocumentApp.create('Calibration report'));
    expect(doc.getName()).toBe('Calibration report');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(doc.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(doc.getBody().getNumChildren()).toBe(1);
    const [view] = env.documents();
    expect(view).toMatchObject({ name: 'Calibration report', owner: { email: 'alice@example.com' }, editors: [], viewers: [] });
    expect(view!.body).toEqual([{ type: 'paragraph', heading: 'NORMAL', alignment: null, runs: [] }]);
  });

  it('builds headings, styled paragraphs, list items, tables and rules as a plain tree', () => {
    const env = createAppsScriptEnvironment();
    const { DocumentApp } = env.globals;
    const doc = DocumentApp.create('Report');
    const body = doc.getBody();
    body.clear();
    body.getChild(0).asParagraph();
    body.appendParagraph('Session summary').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const line = body.appendParagraph('Score: ');
    line.appendText('82%').setBold(true);
    line.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    body.appendParagraph('Guide').setLinkUrl('https://example.com/guide');
    body.appendListItem('Greeting').setGlyphType(DocumentApp.GlyphType.NUMBER).setNestingLevel(1);
    const table = body.appendTable([
      ['Criterion', 'Agreement'],
      ['Greeting', '90%'],
    ]);
    table.setBorderWidth(1).setColumnWidth(0, 200);
    table.getRow(0).editAsText().setBold(true);
    table.getCell(1, 1).editAsText().setForegroundColor('#CC0000');
    body.appendHorizontalRule();
    body.appendPageBreak();
    const emphasis = body.appendParagraph('Needs work');
    emphasis.editAsText().setItalic(0, 4, true).setFontSize(14);
    emphasis.setAttributes({ [DocumentApp.Attribute.BOLD]: true, [DocumentApp.Attribute.HEADING]: DocumentApp.ParagraphHeading.HEADING3 });

    expect(body.getNumChildren()).toBe(9);
    expect(body.getChild(4).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('Greeting');
    expect(line.getText()).toBe('Score: 82%');
    expect(line.editAsText().isBold()).toBeNull();
    expect(line.editAsText().isBold(8)).toBe(true);

    const tree = env.documents()[0]!.body;
    expect(tree[0]).toEqual({ type: 'paragraph', heading: 'NORMAL', alignment: null, runs: [] });
    expect(tree[1]).toEqual({ type: 'paragraph', heading: 'HEADING1', alignment: null, runs: [{ text: 'Session summary', style: {} }] });
    expect(tree[2]).toEqual({
      type: 'paragraph',
      heading: 'NORMAL',
      alignment: 'CENTER',
      runs: [
        { text: 'Score: ', style: {} },
        { text: '82%', style: { bold: true } },
      ],
    });
    expect(tree[3]).toMatchObject({ type: 'paragraph', runs: [{ text: 'Guide', style: { linkUrl: 'https://example.com/guide' } }] });
    expect(tree[4]).toEqual({
      type: 'listItem',
      heading: 'NORMAL',
      alignment: null,
      glyphType: 'NUMBER',
      nestingLevel: 1,
      runs: [{ text: 'Greeting', style: {} }],
    });
    expect(tree[5]).toEqual({
      type: 'table',
      borderWidth: 1,
      borderColor: null,
      columnWidths: { '0': 200 },
      rows: [
        {
          cells: [
            { runs: [{ text: 'Criterion', style: { bold: true } }], backgroundColor: null },
            { runs: [{ text: 'Agreement', style: { bold: true } }], backgroundColor: null },
          ],
        },
        {
          cells: [
            { runs: [{ text: 'Greeting', style: {} }], backgroundColor: null },
            { runs: [{ text: '90%', style: { foregroundColor: '#cc0000' } }], backgroundColor: null },
          ],
        },
      ],
    });
    expect(tree[6]).toEqual({ type: 'horizontalRule' });
    expect(tree[7]).toEqual({ type: 'pageBreak' });
    expect(tree[8]).toEqual({
      type: 'paragraph',
      heading: 'HEADING3',
      alignment: null,
      runs: [
        { text: 'Needs', style: { italic: true, fontSize: 14, bold: true } },
        { text: ' work', style: { fontSize: 14, bold: true } },
      ],
    });
    expect(body.getText()).toContain('Session summary\nScore: 82%');
  });

  it('inserts paragraphs by index and reads the body through the default tab', () => {
    const { globals } = createAppsScriptEnvironment();
    const doc = globals.DocumentApp.create('Tabs');
    const body = doc.getTab('t.0').asDocumentTab().getBody();
    body.appendParagraph('second');
    body.insertParagraph(0, 'first');
    expect(doc.getBody().getText()).toBe('first\n\nsecond');
    expect(() => body.insertParagraph(9, 'x')).toThrow('Index (9) must be less than or equal to the number of child elements (3).');
    expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (3).');
  });

  it('refuses non-string table cells, as Apps Script does', () => {
    const { globals } = createAppsScriptEnvironment();
    const body = globals.DocumentApp.create('T').getBody();
    expect(() => body.appendTable([[1, 2]] as unknown as string[][])).toThrow(
      "The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
    expect(() => body.appendTable([['a', null]] as unknown as string[][])).toThrow("don't match the method signature");
  });

  it("keeps a body's last paragraph", () => {
    const { globals } = createAppsScriptEnvironment();
    const body = globals.DocumentApp.create('T').getBody();
    expect(() => body.getChild(0).asParagraph().removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.appendParagraph('next');
    body.getChild(0).asParagraph().removeFromParent();
    expect(body.getText()).toBe('next');
  });

  it('shares documents and rejects invalid addresses', () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@example.com' });
    const doc = env.globals.DocumentApp.create('Shared');
    doc.addViewer('alice@example.com').addViewers(['bob@example.com', 'carol@example.com']).addEditor('bob@example.com');
    doc.addViewer('lead@example.com');
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual(['lead@example.com', 'bob@example.com']);
    expect(doc.getViewers().map((u) => u.getEmail())).toEqual(['alice@example.com', 'carol@example.com']);
    doc.removeViewer('carol@example.com').removeEditor('bob@example.com');
    expect(env.documents()[0]).toMatchObject({ editors: [], viewers: ['alice@example.com'] });
    expect(() => doc.addViewer('not an email')).toThrow('Invalid email: not an email');
    expect(() => doc.addEditors(['ok@example.com', 'broken@'])).toThrow('Invalid email: broken@');
  });

  it('opens documents only for people with access', () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@example.com' });
    const { DocumentApp } = env.globals;
    const doc = DocumentApp.create('Private');
    const id = doc.getId();
    doc.addViewer('alice@example.com');
    expect(env.run('alice@example.com', () => DocumentApp.openById(id).getName())).toBe('Private');
    expect(env.run('alice@example.com', () => DocumentApp.openByUrl(doc.getUrl()).getId())).toBe(id);
    expect(() => env.run('mallory@example.com', () => DocumentApp.openById(id))).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => env.run({ email: '', key: 'anon' }, () => DocumentApp.openById(id))).toThrow('You do not have permission');
    expect(() => DocumentApp.openById('nope')).toThrow("Document nope is missing (perhaps it was deleted, or you don't have read access?)");
  });

  it('validates enum values, nesting levels and colours', () => {
    const { globals } = createAppsScriptEnvironment();
    const body = globals.DocumentApp.create('V').getBody();
    const item = body.appendListItem('x');
    expect(() => item.setNestingLevel(9)).toThrow('nestingLevel 9');
    expect(() => item.setHeading('HEADING9' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(
      'Invalid argument: ParagraphHeading HEADING9',
    );
    expect(() => item.editAsText().setForegroundColor('red')).toThrow('color red');
    expect(() => item.editAsText().setBold(0, 5, true)).toThrow('Invalid offsets 0..5 for text of length 1');
  });
});
