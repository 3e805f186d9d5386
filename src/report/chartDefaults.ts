import type { Dimension, Phase } from '../types';

/**
 * Chart defaults shared by the spec builders. They are layout choices, not tuned results: each is overridable by the
 * builder's options where it makes sense, and documented here so that a chart looks the same wherever it is drawn.
 */

/** The Vega-Lite schema every spec declares (vega-lite 6, the version the renderer bundles). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Width in pixels of one timeline panel: wide enough for four years of monthly ticks. */
export const TIMELINE_WIDTH = 640;

/** Height in pixels of one dimension's panel: three stacked panels fit a laptop screen. */
export const TIMELINE_HEIGHT = 130;

/** Side in pixels of the square engagement-recognition plane. */
export const PLANE_SIZE = 360;

/** One colour per dimension (Tableau 10 blue, orange, grey: distinct for the common colour-vision deficiencies). */
export const DIMENSION_COLORS: Readonly<Record<Dimension, string>> = {
  engagement: '#4c78a8',
  recognition: '#f58518',
  threat: '#79706e',
};

/** Background shade of each phase region on the plane (light tints, so that points stay readable on them). */
export const PHASE_COLORS: Readonly<Record<Exclude<Phase, 'no signal'>, string>> = {
  isolation: '#f2d7d5',
  'engagement without recognition': '#fcf3cf',
  'toward recognition': '#d5f5e3',
};

/** Opacity of the smoothed interval band: light enough that raw points and rules stay visible on it. */
export const BAND_OPACITY = 0.18;

/** The font every chart uses: a system font stack, so that a rendered SVG needs no web font. */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
