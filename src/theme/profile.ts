/**
 * Colours of the border profile chart: one per country, from the Okabe–Ito palette (told apart
 * with the common forms of colour blindness), and the marks around the dots.
 */
export const profileTheme = {
  country: { NL: '#d55e00', DE: '#0072b2', BE: '#009e73', LU: '#cc79a7' } as Readonly<Record<string, string>>,
  /** Any other country (none in the data). */
  otherCountry: '#6b6b6b',
  border: '#3a3a3a',
  /** The ±25 km the step is taken over. */
  stepZone: 'rgba(142, 36, 170, 0.08)',
  step: '#8e24aa',
  grid: '#e3e5e7',
  axis: '#5d6469',
  ink: '#1f2326',
  selected: '#c2185b',
  tooltip: { fill: '#ffffff', stroke: '#b8bec3' },
} as const;

export function countryColour(country: string): string {
  return profileTheme.country[country] ?? profileTheme.otherCountry;
}
