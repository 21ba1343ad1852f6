import { formatNumber } from "../../../src/engine/read/numbering";

describe("formatNumber", () => {
  test.each([
    [1, "upperRoman", "I"],
    [4, "upperRoman", "IV"],
    [9, "upperRoman", "IX"],
    [14, "upperRoman", "XIV"],
    [49, "lowerRoman", "xlix"],
    [1, "upperLetter", "A"],
    [26, "lowerLetter", "z"],
    [27, "lowerLetter", "aa"],
    [3, "decimalZero", "03"],
    [12, "decimalZero", "12"],
    [7, "decimal", "7"],
    [7, "ordinal", "7"],
  ])("%i as %s is %s", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
