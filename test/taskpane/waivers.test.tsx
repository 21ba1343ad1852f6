/** @jest-environment jsdom */
/**
 * Waivers in the pane: "Bỏ qua" with a reason keeps the waiver in the document's custom XML
 * part, moves the finding to the greyed list with its reason and out of the counts; "Bỏ bỏ qua"
 * brings it back. Runs on a real seed through the production adapter and the simulator.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createSimulatedWord } from "../../src/word/simulator";
import { seedModel } from "../word/fixtures";
import { checkButtonReady, renderPane } from "../support/pane";

const REASON = "Công điện dùng ký hiệu CĐ theo mẫu của Bộ";

async function checkedPane(language: "vi" | "en" = "vi") {
  const simulator = createSimulatedWord(seedModel("004"));
  renderPane(simulator, { language });
  fireEvent.click(screen.getByTestId("tab-check"));
  await checkButtonReady();
  await act(async () => {
    fireEvent.click(screen.getByTestId("run-check"));
  });
  await screen.findByTestId("check-summary");
  return simulator;
}

function findingItems(rule: string): HTMLElement[] {
  return screen.queryAllByTestId("finding").filter((item) => item.getAttribute("data-rule") === rule);
}

describe("waivers in the pane", () => {
  it("asks for a reason, keeps the waiver in the document and shows the finding greyed with it", async () => {
    const simulator = await checkedPane();
    const before = findingItems("reference-type-symbol").length;
    expect(before).toBeGreaterThan(0);
    const summaryBefore = screen.getByTestId("check-summary").textContent;
    const item = findingItems("reference-type-symbol")[0].closest("li")!;
    fireEvent.click(within(item).getByTestId("waive"));
    // No reason, no waiver.
    fireEvent.click(within(item).getByTestId("waiver-save"));
    expect(await within(item).findByText("Hãy ghi lý do để người duyệt hiểu vì sao bỏ qua.")).toBeTruthy();
    expect(simulator.customXmlParts.xml()).toEqual([]);

    fireEvent.change(within(item).getByLabelText(/Lý do bỏ qua/), { target: { value: REASON } });
    await act(async () => {
      fireEvent.click(within(item).getByTestId("waiver-save"));
    });
    await screen.findByTestId("waived");
    expect(simulator.customXmlParts.xml()).toHaveLength(1);
    expect(simulator.customXmlParts.xml()[0]).toContain(REASON);
    const waived = screen.getAllByTestId("waived-finding");
    expect(waived.length).toBeGreaterThanOrEqual(1);
    expect(waived[0].textContent).toContain(`Lý do: ${REASON}`);
    expect(screen.getByTestId("waived-summary").textContent).toMatch(new RegExp(`^\\d+ vấn đề đã được bỏ qua, lý do: ${REASON}`));
    expect(findingItems("reference-type-symbol").length).toBe(before - waived.length);
    expect(screen.getByTestId("check-summary").textContent).not.toBe(summaryBefore);

    // Checked again, the waiver is read back from the document.
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await waitFor(() => expect(screen.getAllByTestId("waived-finding")).toHaveLength(waived.length));

    await act(async () => {
      fireEvent.click(within(screen.getAllByTestId("waived-finding")[0]).getByTestId("unwaive"));
    });
    await waitFor(() => expect(screen.queryByTestId("waived")).toBeNull());
    expect(findingItems("reference-type-symbol").length).toBe(before);
    expect(screen.getByTestId("check-summary").textContent).toBe(summaryBefore);
  });

  it("waives a whole kind in English, and says so when Word refuses", async () => {
    const simulator = await checkedPane("en");
    const item = findingItems("reference-type-symbol")[0].closest("li")!;
    fireEvent.click(within(item).getByTestId("waive-rule"));
    fireEvent.change(within(item).getByLabelText(/Reason/), { target: { value: "Ministry template" } });
    simulator.customXmlParts.failNext("add");
    await act(async () => {
      fireEvent.click(within(item).getByTestId("waiver-save"));
    });
    expect(await screen.findByText(/could not keep the waiver/)).toBeTruthy();
    expect(findingItems("reference-type-symbol").length).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.click(within(item).getByTestId("waiver-save"));
    });
    await waitFor(() => expect(findingItems("reference-type-symbol")).toHaveLength(0));
    expect(screen.getByTestId("waived-summary").textContent).toMatch(/waived, reasons: Ministry template \(this whole kind\)/);
  });
});
