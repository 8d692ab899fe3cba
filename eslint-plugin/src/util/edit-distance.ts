/** The Levenshtein distance between two strings: the fewest single-character insertions, deletions and substitutions. */
export function getEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates closest to `target`, for "did you mean" suggestions: those at the smallest distance, when that
 * distance is small for the target's length (one edit per four characters, at most three), sorted alphabetically.
 */
export function findClosestStrings(target: string, candidates: Iterable<string>): string[] {
  const maxDistance = Math.min(3, Math.max(1, Math.floor(target.length / 4)));
  let best = maxDistance + 1;
  let closest: string[] = [];
  for (const candidate of candidates) {
    if (candidate === target || Math.abs(candidate.length - target.length) > maxDistance) continue;
    const distance = getEditDistance(target, candidate);
    if (distance < best) {
      best = distance;
      closest = [candidate];
    } else if (distance === best) {
      closest.push(candidate);
    }
  }
  return closest.sort();
}
