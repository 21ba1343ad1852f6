import { parseRequestProfile, serializeRequestProfile } from "../../../src/engine/understand/request-profile";
import { extractRequest } from "../../../src/engine/understand/request";
import { InputError } from "../../../src/engine/errors";
import { seed } from "./seeds";

function failure(json: string): InputError {
  try {
    parseRequestProfile(json);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("request profiles", () => {
  it("round-trips the profile of seed 002", () => {
    const profile = extractRequest(seed("request"));
    const json = serializeRequestProfile(profile);
    expect(parseRequestProfile(json)).toEqual(profile);
    expect(serializeRequestProfile(parseRequestProfile(json))).toBe(json);
    expect(json.split("\n")[1]).toBe('  "number": "4874/BNV-CCVC",');
  });

  it("writes keys in a fixed order", () => {
    const json = serializeRequestProfile({
      outline: [{ children: [], title: "Tình hình", number: "I" }],
      period: { to: "2023-06-30", from: null },
      deadline: "2023-09-08",
      subject: null,
      issuer: null,
      date: null,
      type: null,
      number: "1",
    });
    expect(Object.keys(JSON.parse(json))).toEqual(["number", "type", "date", "issuer", "subject", "deadline", "period", "outline"]);
    expect(json).toContain('"period": {\n    "from": null,\n    "to": "2023-06-30"');
    expect(json).toContain('{\n      "number": "I",\n      "title": "Tình hình",');
  });

  it("fills absent fields with null and an empty outline", () => {
    expect(parseRequestProfile('{"deadline": "2023-09-08"}')).toEqual({
      number: null,
      type: null,
      date: null,
      issuer: null,
      subject: null,
      deadline: "2023-09-08",
      period: null,
      outline: [],
    });
  });

  it.each([
    ['{"deadline": "08/9/2023"}', "deadline"],
    ['{"deadline": "2023-02-29"}', "deadline"],
    ['{"date": 20230829}', "date"],
    ['{"number": 4874}', "number"],
    ['{"period": {"to": "2023-13-01"}}', "period.to"],
    ['{"period": "2023"}', "period"],
    ['{"period": {"from": "2023-07-01", "to": "2023-06-30"}}', "period"],
    ['{"outline": {}}', "outline"],
    ['{"outline": [{"number": "I", "title": ""}]}', "outline[0].title"],
    ['{"outline": [{"number": "I", "title": "A", "children": [{"number": 1, "title": "B"}]}]}', "outline[0].children[0].number"],
  ])("rejects %s naming %s", (json, field) => {
    const error = failure(json);
    expect(error.code).toBe("bad-request");
    expect(error.message).toContain(`"${field}"`);
    expect(error.messageEn).toContain(`"${field}"`);
  });

  it("rejects text that is not JSON or not an object", () => {
    expect(failure("{number: 1").code).toBe("bad-json");
    expect(failure("[]").code).toBe("bad-request");
    expect(failure("null").message).toMatch(/đối tượng JSON/);
  });

  it("accepts a byte-order mark", () => {
    expect(parseRequestProfile('\uFEFF{"number": "4874/BNV-CCVC"}').number).toBe("4874/BNV-CCVC");
  });
});
