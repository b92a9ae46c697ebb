// "Did you mean …?" for names a user typed: the known names nearest by edit distance, case ignored.

/** Edit distance (Levenshtein) between two strings; bounded work: O(a × b). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The `count` known names closest to `typed` by edit distance (case ignored; names containing it, or
 * contained in it, first), best first.
 * @example closestNames("createrun", ["createRun", "getRun", "listRuns"]) // ["createRun", "getRun", "listRuns"]
 */
export function closestNames(typed: string, known: readonly string[], count = 3): string[] {
  const wanted = typed.toLowerCase();
  return known
    .map((name) => {
      const lower = name.toLowerCase();
      const contains = lower.includes(wanted) || wanted.includes(lower);
      return { name, score: distance(wanted, lower) - (contains ? 1000 : 0) };
    })
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
    .slice(0, count)
    .map((x) => x.name);
}
