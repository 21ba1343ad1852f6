import { keptAnswers } from "../../src/engine/kept-answers";

describe("keptAnswers", () => {
  it("answers as the function does, working each key out once", () => {
    const asked: string[] = [];
    const upper = keptAnswers((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 10);
    expect(["a", "b", "a", "a", "b", "c"].map(upper)).toEqual(["A", "B", "A", "A", "B", "C"]);
    expect(asked).toEqual(["a", "b", "c"]);
  });

  it("keeps no more than its limit: a full table is emptied, and an early key is worked out again", () => {
    const asked: string[] = [];
    const length = keptAnswers((key) => {
      asked.push(key);
      return key.length;
    }, 3);
    for (const key of ["a", "bb", "ccc"]) length(key);
    length("a");
    expect(asked).toEqual(["a", "bb", "ccc"]);
    // The fourth key finds the table full.
    length("dddd");
    expect(length("a")).toBe(1);
    expect(asked).toEqual(["a", "bb", "ccc", "dddd", "a"]);
  });

  it("keeps false and empty answers too", () => {
    let calls = 0;
    const never = keptAnswers(() => {
      calls++;
      return false;
    }, 5);
    never("x");
    never("x");
    expect(calls).toBe(1);
  });
});
