/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import { EXAMPLE_REQUEST } from "../../src/parts/examples";
import { REQUEST_SETTING } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { field, renderPane } from "../support/pane";

const BASIS = "5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023";

describe("request area with a counted deadline", () => {
  it("shows how the deadline was counted under its field, until the clerk changes the date", async () => {
    const simulator = createSimulatedWord(modelFromParagraphs([""]));
    simulator.settings.set(REQUEST_SETTING, serializeRequestProfile({ ...EXAMPLE_REQUEST, deadline: "2023-09-07", deadlineBasis: BASIS }));
    renderPane(simulator, { language: "vi" });
    await waitFor(() => expect(field("deadline").value).toBe("07/09/2023"));
    expect(screen.getByText(BASIS)).toBeTruthy();
    fireEvent.change(field("deadline"), { target: { value: "12/9/2023" } });
    expect(screen.queryByText(BASIS)).toBeNull();
  });
});
