import { inflateSync } from 'node:zlib';
import { createAppsScriptEnvironment } from '../environment';
import { SCOPES, scopeRuleFor } from '../scopes';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width, height and RGB pixels of a PNG this environment drew (8-bit truecolour, filter 0). */
function decodePng(bytes: Uint8Array): { width: number; height: number; pixel(x: number, y: number): string } {
  const buffer = Buffer.from(bytes);
  expect([...buffer.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      return `#${[raw[at]!, raw[at + 1]!, raw[at + 2]!].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    },
  };
}

function chartOnSheet(env = createAppsScriptEnvironment()) {
  const { SpreadsheetApp, Charts } = env.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Evaluator', 'Deviation'],
    ['Ana', 6],
    ['Ben', -4],
    ['Cy', 2],
  ]);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(1, 1, 4, 2))
    .setNumHeaders(1)
    .setPosition(6, 1, 0, 0)
    .setOption('width', 300)
    .setOption('height', 200)
    .setOption('series', { 0: { color: '#ff0000' } })
    .build();
  sheet.insertChart(chart);
  return { env, sheet };
}

describe("an embedded chart's picture", () => {
  it('is a PNG blob drawn from the chart data at the chart size', () => {
    const { sheet } = chartOnSheet();
    const blob = sheet.getCharts()[0]!.getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
    const image = decodePng(bytes);
    expect([image.width, image.height]).toEqual([300, 200]);
    // Ana's bar (the first of three, +6) stands above the zero line in the series colour.
    const slot = (300 - 16 - 48) / 3;
    const anaX = Math.round(48 + slot * 0.5);
    let red = 0;
    for (let y = 36; y < 200 - 44; y++) if (image.pixel(anaX, y) === '#ff0000') red++;
    expect(red).toBeGreaterThan(20);
  });

  it('follows the cells: getBlob after an edit draws the new figures', () => {
    const { sheet } = chartOnSheet();
    const before = Buffer.from(Uint8Array.from(sheet.getCharts()[0]!.getBlob().getBytes(), (b) => b & 0xff));
    sheet.getRange(2, 2).setValue(-9);
    const after = Buffer.from(Uint8Array.from(sheet.getCharts()[0]!.getBlob().getBytes(), (b) => b & 0xff));
    expect(after.equals(before)).toBe(false);
  });

  it('draws at 600 × 371 when the chart sets no size, and only as PNG', () => {
    const env = createAppsScriptEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(1, 1, 0, 0).build());
    const chart = sheet.getCharts()[0]!;
    const image = decodePng(Uint8Array.from(chart.getAs('image/png').getBytes(), (b) => b & 0xff));
    expect([image.width, image.height]).toEqual([600, 371]);
    expect(() => chart.getAs('application/pdf')).toThrow('not supported by the in-memory Apps Script environment');
  });
});

describe('an image in a Doc', () => {
  it('is appended in a paragraph of its own at the picture size, and resized in pixels', () => {
    const { env, sheet } = chartOnSheet();
    const body = env.globals.DocumentApp.create('Report').getBody();
    const image = body.appendImage(sheet.getCharts()[0]!.getAs('image/png'));
    expect(String(image.getType())).toBe('INLINE_IMAGE');
    expect([image.getWidth(), image.getHeight()]).toEqual([300, 200]);
    image.setWidth(600).setHeight(400);
    expect(String(image.getParent().getType())).toBe('PARAGRAPH');
    const [doc] = env.documents();
    const node = doc!.body[1]!;
    expect(node).toMatchObject({ type: 'paragraph', runs: [], image: { contentType: 'image/png', width: 600, height: 400 } });
    expect(image.getBlob().getContentType()).toBe('image/png');
  });

  it('is inserted at an index, before what was there', () => {
    const { env, sheet } = chartOnSheet();
    const body = env.globals.DocumentApp.create('Report').getBody();
    body.appendParagraph('Notes');
    body.insertImage(1, sheet.getCharts()[0]!.getBlob());
    expect(env.documents()[0]!.body.map((node) => (node.type === 'paragraph' && node.image ? 'image' : node.type))).toEqual([
      'paragraph',
      'image',
      'paragraph',
    ]);
  });

  it('refuses what is not an image, and sizes that are not positive', () => {
    const { env, sheet } = chartOnSheet();
    const body = env.globals.DocumentApp.create('Report').getBody();
    expect(() => body.appendImage('picture' as never)).toThrow('expects an image blob');
    const image = body.appendImage(sheet.getCharts()[0]!.getBlob());
    expect(() => image.setWidth(0)).toThrow('positive number of pixels');
  });

  it('round-trips through a snapshot', () => {
    const { env, sheet } = chartOnSheet();
    env.globals.DocumentApp.create('Report').getBody().appendImage(sheet.getCharts()[0]!.getBlob()).setWidth(450);
    const restored = createAppsScriptEnvironment({ state: env.snapshot() });
    expect(restored.documents()[0]!.body[1]).toMatchObject({ image: { width: 450 } });
  });
});

describe('the scopes these calls need', () => {
  it('lists a spreadsheets scope for the chart, a documents scope for the image and none for the blob', () => {
    expect(scopeRuleFor('SpreadsheetApp.EmbeddedChart.getAs')!.anyOf).toEqual([SCOPES.spreadsheetsCurrent, SCOPES.spreadsheets]);
    expect(scopeRuleFor('DocumentApp.Body.appendImage')!.anyOf).toEqual([SCOPES.documentsCurrent, SCOPES.documents]);
    expect(scopeRuleFor('DocumentApp.InlineImage.setWidth')!.anyOf).toEqual([SCOPES.documentsCurrent, SCOPES.documents]);
    expect(scopeRuleFor('Blob.getBytes')!.anyOf).toEqual([]);
  });

  it('refuses the chart picture to a manifest without a spreadsheets scope', () => {
    const { env, sheet } = chartOnSheet();
    const chart = sheet.getCharts()[0]!;
    env.oauth.grant([SCOPES.documents]);
    expect(() => chart.getAs('image/png')).toThrow(`Specified permissions are not sufficient to call SpreadsheetApp.EmbeddedChart.getAs`);
  });

  it('refuses putting the picture in a Doc to a manifest without a documents scope', () => {
    const { env, sheet } = chartOnSheet();
    const body = env.globals.DocumentApp.create('Report').getBody();
    const blob = sheet.getCharts()[0]!.getAs('image/png');
    env.oauth.grant([SCOPES.spreadsheetsCurrent]);
    expect(() => body.appendImage(blob)).toThrow('Specified permissions are not sufficient to call DocumentApp.Body.appendImage');
    expect(blob.getContentType()).toBe('image/png');
  });
});
