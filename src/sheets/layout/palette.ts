// The few colours the add-on uses, so every sheet looks like part of one tool.
export const HEADER_BACKGROUND = '#e8eaed';
export const TITLE_BACKGROUND = '#d2e3fc';
export const FINAL_BACKGROUND = '#e6f4ea';
/** Heat map over the disagreement flags, strongest first. */
export const CRITICAL_MISMATCH_BACKGROUND = '#f4c7c3';
export const NA_VS_SCORED_BACKGROUND = '#e1d5f0';
export const OVER_TARGET_BACKGROUND = '#f4c7c3';
export const WITHIN_TARGET_BACKGROUND = '#d9ead3';
/** The answer grid: each answer that differs from the final, by how it differs. */
export const SCORED_LOWER_BACKGROUND = '#fbd3a8';
export const SCORED_HIGHER_BACKGROUND = '#b6d4f2';
