/**
 * Topics from theme texts: keyword rules over the verbatim themes (English in the facts; Dutch
 * and German words too, for imports). An entry gets every topic any of its themes matches.
 */
import type { Topic } from './types';

const RULES: readonly [Topic, RegExp][] = [
  ['economy', /econom|entrepreneur|business|\bsmes?\b|innovat|start-?up|\bports?\b|logistic|industr|manufactur|space|tourism|technolog|cleantech|biobased|digital|maintenance|production|food|agri|horticult|sierteelt|bedrijf|wirtschaft|investment|finance|bank|economie/i],
  ['work', /\bwork|labou?r|\bjobs?\b|employ|talent|commuter|skills|lifelong|arbeit|werk|pendler|grenzgänger|grensarbeid/i],
  ['education', /educat|school|learn|universit|student|knowledge|bildung|onderwijs|language|taal|sprache|research|talent/i],
  ['health', /health|\bcare\b|vital|zorg|gesundheit|well-?being|welzijn/i],
  ['housing', /hous|liveab|leefbaar|neighbourhood|urban|inner cit|city cent|area development|population decline|krimp|wonen|wohnen|regeneration|renewal|village|growth cent/i],
  ['mobility', /mobil|transport|rail|train|accessib|bereikbaar|infrastruct|\broads?\b|\bbus\b|traffic|cycling|walking|verkehr/i],
  ['environment', /energ|climate|klima|circular|nature|natur|landscape|water|sustainab|duurza|environment|soil|green|biodivers|nitrogen|stikstof|coast|estuar|delta/i],
  ['society', /cultur|kultur|participat|societ|social|poverty|armoede|inclus|communit|heritage|sport|youth|jeugd|children|kinder|resident|citizen|identity|meedoen|equal opportunit/i],
  ['safety', /safety|crime|undermin|ondermijn|security|veilig|sicherheit|police|polit/i],
  ['cooperation', /cross-?border|grensoverschrijd|grenzüberschreit|cooperat|samenwerk|zusammenarbeit|interreg|euregio|monitor|statistic|\bdata\b|information|advice|advies|beratung|governance|grensinfopunt|border|grens|network|netwerk|agenda|policy|government|overheid/i],
];

export function topicsOf(themes: readonly string[]): Topic[] {
  const found = new Set<Topic>();
  for (const theme of themes) for (const [topic, re] of RULES) if (re.test(theme)) found.add(topic);
  return RULES.map(([t]) => t).filter((t) => found.has(t));
}
