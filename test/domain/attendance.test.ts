import { attendanceOverSessions, attendanceRate, MISSED_IN_A_ROW_FLAG, type RegisterEntry } from '../../src/domain/attendance';
import type { AttendanceStatus, PeopleDirectory, SessionMembership } from '../../src/domain/schemas';

const session = (id: string, ticks: Record<string, AttendanceStatus | null>): SessionMembership => ({
  sessionId: id,
  anonymous: false,
  sessionDate: `2026-${id.slice(1).padStart(2, '0')}-20`,
  members: Object.entries(ticks).map(([personKey, attended]) => ({ personKey, shownAs: personKey, attended })),
});

const directory = (sessions: SessionMembership[]): PeopleDirectory => ({
  schemaVersion: 1,
  people: [
    { personKey: 'p-al', name: 'Al', email: '' },
    { personKey: 'p-bo', name: 'Bo', email: '' },
  ],
  sessions,
});

describe('attendance over sessions', () => {
  it("counts a person's own sessions in a row: a session they were not listed for neither breaks nor adds to a run", () => {
    const earlier = [session('m1', { 'p-al': 'absent', 'p-bo': 'present' }), session('m2', { 'p-bo': 'present' })];
    const [al, bo] = attendanceOverSessions(directory(earlier), session('m3', { 'p-al': 'apologies', 'p-bo': 'absent' }));
    expect(al!.sessions.map((s) => s.status)).toEqual(['absent', null, 'apologies']);
    expect([al!.missedInARow, al!.attended, al!.onRoster]).toEqual([2, 0, 2]);
    expect(al!.suggestion).toMatch(/^Al missed the last 2 sessions in a row: share the report with them, and pair them with a reviewer/);
    expect([bo!.missedInARow, bo!.suggestion]).toEqual([1, '']);
    expect(MISSED_IN_A_ROW_FLAG).toBe(2);
  });

  it('leaves out sessions closed before the register existed, and looks back a fixed window', () => {
    const before = session('m1', { 'p-al': null, 'p-bo': null });
    const months = [2, 3, 4, 5, 6, 7, 8].map((n) => session(`m${n}`, { 'p-al': 'present', 'p-bo': 'present' }));
    const [al] = attendanceOverSessions(directory([before, ...months]), session('m9', { 'p-al': 'present', 'p-bo': 'present' }), 3);
    expect(al!.sessions.map((s) => s.sessionId)).toEqual(['m7', 'm8', 'm9']);
  });

  it('has no rate for an empty roster', () => {
    expect(attendanceRate([])).toBeNull();
    const entry = (status: AttendanceStatus): RegisterEntry => ({
      evaluatorId: status,
      name: status,
      status,
      submitted: true,
      marked: true,
    });
    expect(attendanceRate([entry('present'), entry('absent'), entry('apologies'), entry('present')])).toBe(0.5);
  });
});
