import { evaluatorTab, freeName, isOurName, registryToken, sheetSafeName } from '../../../src/sheets/naming';

describe('tab names', () => {
  it('picks the first free variant, comparing without case like Sheets', () => {
    expect(freeName('Summary', ['Sheet1'])).toBe('Summary');
    expect(freeName('Summary', ['summary', 'Summary (2)'])).toBe('Summary (3)');
  });

  it('recognises the names it could have given, and nothing else', () => {
    expect(isOurName('Summary', 'Summary')).toBe(true);
    expect(isOurName('Summary (4)', 'Summary')).toBe(true);
    expect(isOurName('My summary', 'Summary')).toBe(false);
    expect(isOurName('Summary (old)', 'Summary')).toBe(false);
  });

  it('cleans names Sheets would refuse', () => {
    expect(sheetSafeName('  a/b:[c]\n ')).toBe('a b c');
    expect(sheetSafeName('x'.repeat(200))).toHaveLength(90);
  });
});

describe('registry names', () => {
  it('keeps distinct ids distinct using only letters, digits and underscores', () => {
    const tokens = ['a.b', 'a-b', 'a_b', 'a_hb', 'ab'].map(registryToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_]+$/);
  });

  const named = (id: string) => ({
    id,
    options: {
      anonymousReveal: false,
      juniorsFirst: true,
      varianceTarget: 5,
      consensusRule: 'majority-median' as const,
      expertEvaluatorId: '',
    },
    labelOrder: [],
  });

  it('separates session and evaluator ids unambiguously and stays short for long ids', () => {
    const a = evaluatorTab(named('x_S_y'), 'z', 'Z').registryName;
    const b = evaluatorTab(named('x'), 'y_S_z', 'Z').registryName;
    expect(a).not.toBe(b);
    const long = evaluatorTab(named('s'.repeat(64)), 'e'.repeat(64) + '.'.repeat(0), 'E').registryName;
    expect(long.length).toBeLessThanOrEqual(200);
    expect(evaluatorTab(named('s.'.repeat(32)), 'e.'.repeat(32), 'E').registryName.length).toBeLessThanOrEqual(200);
  });

  it("names an anonymous session's tabs by label, never by evaluator id", () => {
    const anonymous = { ...named('s1'), options: { ...named('s1').options, anonymousReveal: true }, labelOrder: ['ev-2', 'ev-1'] };
    expect(evaluatorTab(anonymous, 'ev-1', 'Evaluator B').registryName).toBe('CallCal_eval_s1_S_evaluator_hb');
    expect(evaluatorTab(anonymous, 'ev-1', 'Evaluator B').registryName).not.toMatch(/ev_h1/);
  });
});
