/** Number formatting for labels, in the UI language (2,5 km in Dutch and German). */
export function formatRange(r: { from: number; to: number }, fmt: Intl.NumberFormat): { from: string; to: string } {
  return { from: fmt.format(r.from), to: fmt.format(r.to) };
}

export function kmFormat(lang: string): Intl.NumberFormat {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
}
