// The session sizes the benchmark measures: a small team, the size calibration practice recommends,
// and the largest session the add-on accepts in every dimension but evaluators.

export interface SessionShape {
  evaluators: number;
  calls: number;
  criteria: number;
}

export interface BenchSize extends SessionShape {
  name: string;
}

export const BENCH_SIZES: readonly BenchSize[] = [
  { name: 'small', evaluators: 6, calls: 2, criteria: 10 },
  { name: 'typical', evaluators: 8, calls: 4, criteria: 25 },
  { name: 'large', evaluators: 20, calls: 10, criteria: 60 },
];

export function describeShape(shape: SessionShape): string {
  return `${shape.evaluators} evaluators × ${shape.calls} calls × ${shape.criteria} criteria`;
}
