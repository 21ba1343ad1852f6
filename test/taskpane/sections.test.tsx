/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "fs";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import { readText } from "../../src/engine/read/text";
import { extractRequest } from "../../src/engine/understand/request";
import { SectionChecklist } from "../../src/taskpane/components/check/SectionChecklist";
import { stringsFor } from "../../src/taskpane/i18n";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const seed = (name: string) => readText(readFileSync(join(seeds, name), "utf8"), name);

describe("the section checklist", () => {
  it("shows a sub-section the reply answers only inside its parent as maybe there, not as present", () => {
    const request = extractRequest(seed("002_2b77b3d6864b3803.txt"));
    const result = checkDocument(seed("000_b28154c4db1fc991.txt"), request);
    render(
      <FluentProvider theme={webLightTheme}>
        <SectionChecklist sections={result.sections} strings={stringsFor("vi")} onGoTo={async () => {}} />
      </FluentProvider>,
    );
    const rows = screen.getAllByTestId("section");
    const row = (number: string, level: number) =>
      rows.find((r, i) => r.dataset.number === number && result.sections[i].level === level)!;
    expect(row("I", 1).dataset.status).toBe("present");
    expect(row("II", 1).dataset.status).toBe("missing");
    expect(row("1", 2).dataset.status).toBe("in-parent");
    expect(row("1", 2).textContent).toContain("có thể nằm trong mục I");
    expect(row("1", 2).textContent).not.toContain("(có)");
  });
});
