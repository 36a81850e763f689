import { normalizeForSearch } from './search';

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const compact = (text: string) => normalizeForSearch(text).replace(/[^a-z0-9]/g, '');

/** Apps whose name or slug is close to what was typed, best first: for "did you mean" on a 404. */
export function closestApps<T extends { slug: string; name: string }>(wanted: string, apps: readonly T[], limit = 5): T[] {
  const target = compact(wanted);
  if (!target) return [];
  const scored = apps.map((app) => {
    const candidates = [compact(app.name), compact(app.slug)];
    const score = Math.min(
      ...candidates.map((candidate) => {
        if (candidate === target) return 0;
        if (candidate.startsWith(target) || target.startsWith(candidate)) return 0.1;
        if (candidate.includes(target) || target.includes(candidate)) return 0.2;
        return editDistance(candidate, target) / Math.max(candidate.length, target.length);
      }),
    );
    return { app, score };
  });
  return scored
    .filter((entry) => entry.score <= 0.45)
    .sort((a, b) => a.score - b.score || a.app.name.localeCompare(b.app.name))
    .slice(0, limit)
    .map((entry) => entry.app);
}
