/** One sentence (or list item) of a policy passage, with the heading it sits under. */
interface Unit {
  text: string;
  heading: string | null;
  listItem: boolean;
  order: number;
}

const maxUnits = 3;
// A further sentence joins the answer only if it is at least this relevant relative to the best one.
const minRelativeRelevance = 0.5;

/**
 * An extractive answer: the passage sentences most relevant to the question, in policy order, whole, after
 * `根据《title》：`, at most `maxLength` characters. A list item keeps its heading ("不在免费保修范围内：人为损坏…")
 * so it is not read as a promise. Pure: `relevance` scores a sentence against the question.
 */
export function composeAnswer(input: {
  title: string;
  passages: readonly { text: string; section: string | null }[];
  relevance: (sentence: string) => number;
  maxLength?: number;
}): string {
  const prefix = `根据《${input.title}》：`;
  const budget = (input.maxLength ?? 200) - prefix.length;
  const units = splitUnits(input.passages);
  if (units.length === 0) return prefix.slice(0, -1);
  const ranked = units
    .map((unit) => ({ unit, relevance: input.relevance(unit.text) }))
    .sort((a, b) => b.relevance - a.relevance || a.unit.order - b.unit.order);
  const best = ranked[0]?.unit as Unit;
  const bar = (ranked[0]?.relevance ?? 0) * minRelativeRelevance;
  if (render([best]).length > budget) return prefix + truncate(render([best]), budget);
  const chosen = [best];
  for (const { unit, relevance } of ranked.slice(1)) {
    if (chosen.length >= maxUnits || relevance <= 0 || relevance < bar) break;
    const next = [...chosen, unit].sort((a, b) => a.order - b.order);
    if (render(next).length <= budget) chosen.splice(0, chosen.length, ...next);
  }
  return prefix + render(chosen);
}

function splitUnits(passages: readonly { text: string; section: string | null }[]): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    let heading = passage.section;
    for (const rawLine of passage.text.split('\n')) {
      const line = rawLine.trim();
      const headingMatch = /^#{1,6}\s+(.+)$/.exec(line);
      if (headingMatch) {
        heading = headingMatch[1]?.trim() ?? null;
        continue;
      }
      const listItem = /^(?:[-*+]|\d+[.)、])\s+/.test(line);
      const body = line.replace(/^(?:[-*+]|\d+[.)、])\s+/, '');
      for (const sentence of body.split(/(?<=[。！？])/)) {
        const text = sentence.trim();
        if (text === '' || seen.has(text)) continue;
        seen.add(text);
        units.push({ text, heading, listItem, order: units.length });
      }
    }
  }
  return units;
}

// Consecutive list items under one heading read "heading：item。item。"; every unit ends a sentence.
function render(units: readonly Unit[]): string {
  let out = '';
  let openHeading: string | null = null;
  for (const unit of units) {
    if (unit.listItem && unit.heading && unit.heading !== openHeading && !unit.text.includes(unit.heading)) {
      out += `${unit.heading}：`;
      openHeading = unit.heading;
    } else if (!unit.listItem) openHeading = null;
    out += endSentence(unit.text);
  }
  return out;
}

function endSentence(text: string): string {
  const trimmed = text.replace(/[；;，,：:、\s]+$/, '');
  return /[。！？!?）)”」]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

// A single sentence longer than the budget is cut at its last clause that fits.
function truncate(text: string, budget: number): string {
  const head = text.slice(0, budget - 1);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('、'));
  return `${head.slice(0, cut > 0 ? cut : head.length)}…`;
}
