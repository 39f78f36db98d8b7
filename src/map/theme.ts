/** Colours and line widths of the map, apart from the layers that use them. */
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
};
