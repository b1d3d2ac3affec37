// "Your calibration": after the reveal, an evaluator's own score against the calibrated score on each
// call, and the criteria where their answer differed from the final, with the agreed definition and what
// the team said. Built on the server from their own answers only.
import type { CalibrationCall, YourCalibration } from '../../src/api/views';
import { h } from '../dom';
import { help } from './parts';

const kindWords: Record<CalibrationCall['differences'][number]['kind'], string> = {
  lower: 'you scored lower',
  higher: 'you scored higher',
  'na-vs-scored': 'N/A against scored',
  critical: 'critical: auto-fail at stake',
};

function percent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`;
}

function signed(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.abs(value).toFixed(1);
  if (Number(rounded) === 0) return '0.0 pp';
  return `${value < 0 ? '−' : '+'}${rounded} pp`;
}

function callPanel(call: CalibrationCall): HTMLElement {
  return h(
    'li',
    { 'data-testid': `calibration-${call.callId}` },
    h('strong', null, call.callLabel),
    h(
      'p',
      { class: 'calibration-score' },
      `You ${percent(call.yourPercent)} · calibrated ${percent(call.calibratedPercent)} · ${signed(call.deviation)}`,
    ),
    call.differences.length === 0
      ? help('Every answer matched the final.')
      : h(
          'ul',
          { class: 'differences' },
          call.differences.map((d) =>
            h(
              'li',
              { class: 'difference' },
              h('span', null, d.question),
              h('span', { class: `tag ${d.kind}` }, kindWords[d.kind]),
              h('p', { class: 'meta' }, `You: ${d.yours} · Final: ${d.final}`),
              h('p', { class: 'help' }, `${d.definitionChanged ? 'Agreed definition (changed): ' : 'Definition: '}${d.definition}`),
              d.notes ? h('p', { class: 'help' }, `Discussion: ${d.notes}`) : null,
              d.resolution ? h('p', { class: 'help' }, `Resolution: ${d.resolution}`) : null,
            ),
          ),
        ),
  );
}

export function yourCalibrationPanel(calibration: YourCalibration): HTMLElement {
  const verdict =
    calibration.withinTarget === null
      ? ''
      : calibration.withinTarget
        ? ` — within the ${calibration.varianceTarget} pp target`
        : ` — above the ${calibration.varianceTarget} pp target`;
  return h(
    'div',
    { 'data-testid': 'your-calibration' },
    help('Only you see this: your answers against the finals the team agreed.'),
    h(
      'p',
      null,
      `Your mean distance from the calibrated scores: ${calibration.meanAbsoluteDeviation === null ? '—' : `${calibration.meanAbsoluteDeviation.toFixed(1)} pp`}${verdict}.`,
    ),
    calibration.calls.length === 0
      ? help('You submitted no calls in this session.')
      : h('ol', { class: 'calibration-calls' }, calibration.calls.map(callPanel)),
  );
}
