/**
 * The real-draft corpus (../shared/corpus/docx, never copied into the repository) against
 * what a reviewer expects of each file (expected/NN.json): one test per file for the check,
 * the request and the Word adapter's reading. Files whose gaps are known (known-gaps.json) run
 * as `it.failing`: when the engine gets them right the test turns red and the entry must go.
 * ACCURACY.md gives the same numbers as a table (npm run accuracy).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import { formatFinding } from "../../src/engine/format";
import { readDocument } from "../../src/engine/read";
import { extractRequest, requestVerdict } from "../../src/engine/understand/request";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";
import { vanban } from "../support/cli";
import {
  type Aspect,
  type CorpusDeps,
  type FileResult,
  evaluateFile,
  formatProblems,
  loadExpectations,
  loadFormatJudgements,
  loadKnownGaps,
  PROBLEMS,
  recognizedRequest,
  reported,
} from "./compare";

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "docx");
const present = existsSync(CORPUS);
const expectations = loadExpectations(join(__dirname, "expected"));
const gaps = loadKnownGaps(join(__dirname, "known-gaps.json"));
const ASPECTS: Aspect[] = ["check", "request", "word"];
const judgements = loadFormatJudgements(join(__dirname, "format-judgements.json"));
/** Documents issued and published as they are: their thể thức is the rule's own practice. */
const ISSUED = ["32", "34", "40", "43"];

const deps: CorpusDeps = {
  readDocument,
  checkDocument,
  formatFinding,
  extractRequest,
  requestVerdict,
  readThroughWord: async (model) => {
    const sim = createSimulatedWord(model);
    return createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
  },
};

if (!present) {
  describe("real-draft corpus", () => {
    it("is skipped when ../shared/corpus/docx is absent", () => {
      console.log("corpus ../shared/corpus/docx not found: skipped");
      expect(existsSync(CORPUS)).toBe(false);
    });
  });
}

(present ? describe : describe.skip)("real-draft corpus", () => {
  it("has expectations, and known gaps only for files that have them", () => {
    expect(expectations.length).toBeGreaterThan(0);
    const ids = new Set(expectations.map(([id]) => id));
    const stray = Object.entries(gaps).flatMap(([id, aspects]) =>
      Object.keys(aspects)
        .filter((aspect) => !ids.has(id) || !ASPECTS.includes(aspect as Aspect))
        .map((aspect) => `${id}.${aspect}`),
    );
    expect(stray).toEqual([]);
  });

  // The corpus is checked in-process through the engine; the command line must give the same.
  it.each(["01", "04"])("file %s: `vanban check` and `vanban request` say what the in-process run says", async (id) => {
    const entry = expectations.find(([n]) => n === id);
    if (!entry) throw new Error(`expected/${id}.json is missing`);
    const path = join(CORPUS, entry[1].file);
    const model = readDocument(new Uint8Array(readFileSync(path)), entry[1].file);

    const checked = await vanban("check", path, "--format", "json");
    const json = JSON.parse(checked.stdout) as { findings: { rule: string; message: string; excerpt: string }[] };
    expect(json.findings.map((f) => ({ rule: f.rule, message: f.message, excerpt: f.excerpt }))).toEqual(
      reported(checkDocument(model, null).findings, formatFinding),
    );

    const request = await vanban("request", path, "--format", "json");
    const profile = recognizedRequest(extractRequest(model), requestVerdict(model));
    if (profile) expect(request.stdout).toBe(serializeRequestProfile(profile));
    else expect({ code: request.code, stdout: request.stdout }).toEqual({ code: 2, stdout: "" });
  });

  for (const [id, expectation] of expectations) {
    describe(`${id} ${expectation.file}`, () => {
      let result: FileResult;
      beforeAll(async () => {
        const bytes = new Uint8Array(readFileSync(join(CORPUS, expectation.file)));
        result = await evaluateFile(deps, id, expectation.file, bytes, expectation, judgements[id] ?? []);
      }, 120_000);

      // Every formatting finding was judged right by reading the file; none is a known gap.
      it("formatting findings are judged right", () => {
        expect(formatProblems(result)).toEqual([]);
      });
      if (ISSUED.includes(id)) {
        it("an issued document, published as is, gets no formatting finding", () => {
          expect([...result.format.right, ...result.format.wrong].map((r) => r.finding.message).concat(result.format.unjudged.map((f) => f.message))).toEqual([]);
        });
      }

      for (const aspect of ASPECTS) {
        const gap = gaps[id]?.[aspect];
        (gap ? it.failing : it)(gap ? `${aspect} (known gap)` : aspect, () => {
          expect(PROBLEMS[aspect](result)).toEqual([]);
        });
      }
    });
  }
});
