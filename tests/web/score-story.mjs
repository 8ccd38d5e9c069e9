// Scores a report against a story's gold list, the way ../shared/eval/seeds_eval.py does: a gold fact is
// found when one report fact has, for every gold source, a mention overlapping the gold substring, and
// carries every gold value; its verdict is then checked.

function overlaps(text, sub, mention) {
  const low = text.toLowerCase();
  const needle = sub.toLowerCase();
  for (let i = low.indexOf(needle); i >= 0; i = low.indexOf(needle, i + 1)) {
    if (mention.start < i + needle.length && mention.end > i) return true;
  }
  return mention.text.toLowerCase().includes(needle);
}

function factValues(fact) {
  const out = new Set(fact.values || []);
  for (const m of fact.mentions) for (const part of String(m.value || '').split('|')) out.add(part);
  return out;
}

/** Returns {missed, unsureUnmerged, falseConflicts, byVerdict: {verdict: {gold, found, claimed, correct}}}.
 *  A gold fact marked `unsure` (thin evidence) may stay unmerged, but any fact found for it must have its verdict. */
export function scoreStory(input, gold, report) {
  const texts = Object.fromEntries(input.sources.map((s) => [s.id, s.text]));
  const missed = [];
  const unsureUnmerged = [];
  const byVerdict = {};
  const matched = new Set();
  for (const g of gold.facts) {
    const v = (byVerdict[g.verdict] ||= { gold: 0, found: 0, claimed: 0, correct: 0 });
    v.gold++;
    const candidates = report.facts.filter((f) =>
      (!g.kind || f.kind === g.kind) &&
      Object.entries(g.mentions).every(([src, sub]) => f.mentions.some((m) => m.source === src && overlaps(texts[src], sub, m))) &&
      (g.values || []).every((val) => [...factValues(f)].some((x) => x.startsWith(val))));
    if (candidates.length === 0) {
      (g.unsure ? unsureUnmerged : missed).push({ key: g.key, why: 'not found' });
      continue;
    }
    v.found++;
    const best = candidates.find((f) => f.verdict === g.verdict) || candidates[0];
    matched.add(best.id);
    if (best.verdict === g.verdict) v.correct++;
    else missed.push({ key: g.key, why: `verdict ${best.verdict}, expected ${g.verdict}`, fact: best.label });
  }
  for (const f of report.facts) {
    if (!matched.has(f.id)) continue;
    byVerdict[f.verdict] ||= { gold: 0, found: 0, claimed: 0, correct: 0 };
    byVerdict[f.verdict].claimed++;
  }
  const goldConflictIds = new Set();
  for (const f of report.facts) if (f.verdict === 'conflict' && matched.has(f.id)) goldConflictIds.add(f.id);
  const falseConflicts = report.facts.filter((f) => f.verdict === 'conflict' && !goldConflictIds.has(f.id)).map((f) => f.label);
  return { missed, unsureUnmerged, falseConflicts, byVerdict };
}

/** Conflict facts of the report that are not a planted one. A conflict is planted when it holds the gold's mentions of a
 *  planted conflict in at least two sources and, in every source the gold names, the gold's mention: joining part of
 *  the gold's sources (or a vague extra source) accuses no one wrongly; a source given by a day of another event does. */
export function unplantedConflicts(input, gold, report) {
  const texts = Object.fromEntries(input.sources.map((s) => [s.id, s.text]));
  const planted = gold.facts.filter((g) => g.verdict === 'conflict');
  const has = (f, g, src) => f.mentions.some((o) => o.source === src && overlaps(texts[src], g.mentions[src], o));
  const fits = (f, g) => Object.keys(g.mentions).filter((src) => has(f, g, src)).length >= 2 &&
    f.mentions.every((m) => g.mentions[m.source] === undefined || has(f, g, m.source));
  return report.facts.filter((f) => f.verdict === 'conflict' && !planted.some((g) => fits(f, g)));
}
