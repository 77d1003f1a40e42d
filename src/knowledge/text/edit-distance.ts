/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and transpositions of neighbours), giving up as soon as it must exceed `max`; then it returns
 * `max + 1`. Runs in O(|a|·|b|) time and O(|b|) memory.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let beforePrevious = new Array<number>(m + 1).fill(0);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[m]!;
  return distance > max ? max + 1 : distance;
}

const NEEDS_FOLDING = /[åäöéèüáàæø-]/;
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', á: 'a', à: 'a', æ: 'a', ø: 'o' };

/**
 * The word as typed without Swedish letters or hyphens: `hemförsäkring` → `hemforsakring`,
 * `a-kassa` → `akassa`. Lower-case input.
 */
export function foldDiacritics(word: string): string {
  if (!NEEDS_FOLDING.test(word)) return word;
  let out = '';
  for (const ch of word) {
    if (ch === '-') continue;
    out += FOLD[ch] ?? ch;
  }
  return out;
}
