// The scorecards a new session can start from.
import type { PresetSummary } from '../api/views';
import { presetById, presets } from '../domain/presets';
import type { Scorecard } from '../domain/schemas';
import { weightedCriteria } from '../domain/scoring';

export function scorecardSummary(scorecard: Scorecard, description: string): PresetSummary {
  return {
    id: scorecard.id,
    name: scorecard.name,
    description,
    version: scorecard.version,
    criteriaCount: weightedCriteria(scorecard).length,
  };
}

export function presetSummaries(): PresetSummary[] {
  return presets.map((preset) => ({
    ...scorecardSummary(presetById(preset.id).scorecard, preset.focus),
    id: preset.id,
    name: preset.name,
  }));
}

/** The built-in presets; the latest scorecard of this spreadsheet is offered in the sidebar state. */
export function listPresets(): PresetSummary[] {
  return presetSummaries();
}
