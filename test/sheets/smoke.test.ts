import { setUp, presetSession } from './harness';
it('smoke', () => {
  const h = setUp());
  const s = presetSession());
  h.workbook.setUpSession(s, []);
  const v = h.view());
  process.stdout.write("\n"+JSON.stringify(v.sheets.map(x => [x.name, x.hidden])));
  process.stdout.write("\n"+JSON.stringify(h.sheet('Session').values.slice(0, 20)));
  process.stdout.write("\n"+JSON.stringify(v.protections));
  process.stdout.write("\n"+JSON.stringify(h.workbook.readScorecard().sections.length));
  h.teardown());
}));
