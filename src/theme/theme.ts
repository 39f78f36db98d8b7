/** Colours and line widths of the map and its legend, apart from the layers and panels that use them. */
import { interpolateRdBu, interpolateYlGnBu, schemeYlGnBu } from 'd3-scale-chromatic';
import type { ChoroplethPalette } from '../model/indicators/choices';

export interface MapTheme {
  sea: string;
  context: { fill: string; line: string };
  regionFill: Record<string, string>;
  regionFillHover: string;
  regionLine: string;
  countryLine: string;
  selection: string;
  label: { color: string; halo: string };
  font: string;
  /** The NL land border, drawn as a band under the black national border line. */
  borderGlow: string;
  /**
   * Distance bands, nearest first: hatching in one purple, denser nearer the border (px between
   * lines), and an outline. Never a tint: over an indicator the regions keep their class colours.
   */
  bands: { color: string; spacing: number[]; lineWidth: number; outline: number };
  dim: string;
  /** Regions without a figure: a grey that no palette uses, hatched on top. */
  noData: string;
  noDataHatch: string;
  areaKinds: Record<'euregio' | 'interreg_programme' | 'border_region', { color: string; dash?: number[]; width: number }>;
  /** Initiative markers, count badges and the outline of an initiative's regions: dark on a white casing, legible on every palette. */
  initiative: { ink: string; casing: string; hover: string };
  /** The places compared: outline and numbered badge (ink on a white casing), apart from the selection's magenta. */
  compare: { ink: string; casing: string };
  /** Per country, in charts (the strip plots of the comparison): distinct, and readable on white. */
  countries: Record<string, string>;
  /** Indicator colours: ColorBrewer YlGnBu for values, RdBu for differences to a reference. */
  choropleth: ChoroplethPalette;
  /** Multipliers for line widths and label sizes: 1 on a screen, larger on a projector. */
  scale: { line: number; text: number };
}

export const lightTheme: MapTheme = {
  sea: '#dbe7ee',
  context: { fill: '#f1f0ec', line: '#c9c6bd' },
  // Quiet tints per country, so the border reads before any indicator is chosen.
  regionFill: { NL: '#f7e6cf', BE: '#e6ecd4', DE: '#e4e3ef', LU: '#efe0e6' },
  regionFillHover: '#ffd48a',
  regionLine: '#8d8a80',
  countryLine: '#3a3a3a',
  selection: '#c2185b',
  label: { color: '#2b2b2b', halo: 'rgba(255,255,255,0.9)' },
  font: 'Noto Sans Regular',
  borderGlow: '#8e24aa',
  bands: { color: '#6a1b9a', spacing: [5, 8, 12], lineWidth: 1, outline: 1.25 },
  dim: 'rgba(255, 255, 255, 0.72)',
  noData: '#e3e3e3',
  noDataHatch: '#8a8a8a',
  // Colour, dash and width differ per kind, so overlapping outlines stay apart.
  areaKinds: {
    euregio: { color: '#00796b', width: 2.5 },
    interreg_programme: { color: '#e65100', dash: [3, 2], width: 2 },
    border_region: { color: '#1565c0', dash: [1, 1.5], width: 2 },
  },
  initiative: { ink: '#263238', casing: '#ffffff', hover: '#c2185b' },
  compare: { ink: '#0d1b6e', casing: '#ffffff' },
  countries: { NL: '#e66101', BE: '#5e3c99', DE: '#1b7837', LU: '#b2182b' },
  choropleth: { sequential: schemeYlGnBu, sequentialRamp: interpolateYlGnBu, diverging: interpolateRdBu },
  scale: { line: 1, text: 1 },
};

/**
 * Presenter mode on a projector: the same colours (the legend must still match), with outlines
 * twice as thick, darker region lines and labels a third larger, readable from the back row.
 */
export const projectorTheme: MapTheme = {
  ...lightTheme,
  regionLine: '#5c5a53',
  countryLine: '#111111',
  label: { color: '#111111', halo: 'rgba(255,255,255,0.95)' },
  scale: { line: 2, text: 1.35 },
};
