/**
 * The boundary licence requires this line, word for word, in every language: it is a legal
 * notice rather than UI text, so it is one constant and not a translation.
 */
export const ATTRIBUTION = '© EuroGeographics for the administrative boundaries';
