import { block, date, dateTime, fontWeights, formats, link, num, stack, text, TEXT_FORMAT, values } from '../../../src/sheets/block';

describe('cells', () => {
  it('marks user text as plain text, whatever it starts with', () => {
    for (const value of ['=HYPERLINK("http://evil.example", "x")', '+1 555 0100', '-2', '@channel', '00123']) {
      expect(text(value)).toMatchObject({ value, format: TEXT_FORMAT });
    }
  });

  it('leaves a missing number empty but keeps its format', () => {
    expect(num(null, '0.0')).toMatchObject({ value: '', format: '0.0' });
    expect(num(Number.NaN, '0.0')).toMatchObject({ value: '' });
    expect(num(3.5, '0.0')).toMatchObject({ value: 3.5, format: '0.0' });
  });

  it('writes dates as ISO text for a date cell and instants as Dates', () => {
    expect(date('2026-11-30')).toMatchObject({ value: '2026-11-30', format: 'yyyy-mm-dd' });
    const instant = dateTime('2026-11-30T17:00:00.000Z');
    expect(instant.value).toEqual(new Date('2026-11-30T17:00:00.000Z'));
    expect(dateTime('').value).toBe('');
  });

  it('quotes a link label so it cannot break out of the formula', () => {
    expect(link('https://example.com/a', 'say "hi"').value).toBe('=HYPERLINK("https://example.com/a", "say ""hi""")');
    expect(link('', 'no link')).toMatchObject({ value: 'no link', format: TEXT_FORMAT });
  });
});

describe('blocks', () => {
  it('pads ragged rows into a rectangle of blank text cells', () => {
    const b = block([[text('a'), text('b')], [text('c')], []]);
    expect(b.width).toBe(2);
    expect(values(b)).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['', ''],
    ]);
    expect(formats(b)[2]).toEqual([TEXT_FORMAT, TEXT_FORMAT]);
  });

  it('stacks parts with a blank row between them and reports where each starts', () => {
    const { block: whole, offsets } = stack([block([[text('a')]]), block([[text('b'), text('c')], [text('d')]])]);
    expect(offsets).toEqual([0, 2]);
    expect(values(whole)).toEqual([
      ['a', ''],
      ['', ''],
      ['b', 'c'],
      ['d', ''],
    ]);
    expect(fontWeights(whole)[0]).toEqual(['normal', 'normal']);
  });
});
