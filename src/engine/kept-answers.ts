/**
 * A pure function of a short string, with its answers kept: a long draft asks the same few
 * things again and again (a type word's folded form, a symbol's parts, a font's name). The
 * table is emptied when it is full, so no document can make it grow without bound.
 */
export function keptAnswers<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let answer = kept.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (kept.size >= limit) kept.clear();
      kept.set(key, answer);
    }
    return answer;
  };
}
