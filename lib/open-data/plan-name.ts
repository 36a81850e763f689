/**
 * Tolerant plan-name comparison, for deduplicating an imported row's plans and for finding conflicts.
 *
 * Decisions:
 * - Case, accents, punctuation, bracketed remarks and the filler words "plan", "tier", "edition", "package",
 *   "subscription" and "the" do not count: "Enterprise plan" = "enterprise" = "Enterprise (opaque)".
 * - "+" is kept as part of its word, so "Business+" stays a different plan from "Business".
 * - Combined names are alternatives: "Business / Enterprise Scale", "Plus & Pro", "Basic or Standard".
 * - A product prefix may be left out on either side: "Jira Standard" = "Standard", "Docker Business" = "Business".
 *   Only whole trailing words count, so "Business" ≠ "Business Plus".
 */

const FILLER_WORDS = new Set(['plan', 'plans', 'tier', 'edition', 'package', 'subscription', 'the']);

function planWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^a-z0-9+]+/)
    .filter((word) => word !== '' && word !== '+' && !FILLER_WORDS.has(word));
}

/** "Enterprise plan (opaque)" → "enterprise": the key two spellings of one plan share. */
export function planNameKey(name: string): string {
  return planWords(name).join(' ');
}

/** "Business / Enterprise Scale" → ["business", "enterprise scale"]. */
export function planNameAlternatives(name: string): string[] {
  const withoutRemarks = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  return withoutRemarks
    .split(/\s*(?:\/|&|,|\bor\b|\band\b)\s*/i)
    .map(planNameKey)
    .filter(Boolean);
}

function endsWithWords(longer: string[], shorter: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((word, index) => longer[offset + index] === word);
}

/** True when two plan names plausibly mean the same plan (see the rules at the top of this file). */
export function planNamesMatch(a: string, b: string): boolean {
  const alternativesA = planNameAlternatives(a);
  const alternativesB = planNameAlternatives(b);
  return alternativesA.some((altA) =>
    alternativesB.some((altB) => {
      if (altA === altB) return true;
      const wordsA = altA.split(' ');
      const wordsB = altB.split(' ');
      return endsWithWords(wordsA, wordsB) || endsWithWords(wordsB, wordsA);
    }),
  );
}

/** "All plans", "Any X Series plan (X2 and up)", "Free and above": a scope over plans, not one plan. */
export function isEveryPlanPhrase(name: string): boolean {
  return /^(all|any|every)\b/i.test(name) || /\band (above|up)\b/i.test(name);
}
