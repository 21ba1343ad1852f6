/** @jest-environment jsdom */
/** The tabs' panels drawn from chunks of their own: at once when loaded, a line while loading, a retry when a load fails. */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { stringsFor } from "../../src/taskpane/i18n";
import { checkPanel, DeferredPanel, panelChunk, type PanelChunk } from "../../src/taskpane/panels";

const s = stringsFor("vi");

function Greeting({ name }: { name: string }): React.ReactElement {
  return <p data-testid="greeting">Xin chào {name}</p>;
}

function show(chunk: PanelChunk<{ name: string }>): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <DeferredPanel chunk={chunk} strings={s} props={{ name: "Hà" }} />
    </FluentProvider>,
  );
}

describe("DeferredPanel", () => {
  it("says it is loading until the chunk arrives, then draws the panel with its props", async () => {
    let arrive: (panel: typeof Greeting) => void = () => undefined;
    const chunk = panelChunk(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    show(chunk);
    expect(screen.getByTestId("panel-loading").textContent).toBe("Đang tải…");
    expect(screen.queryByTestId("greeting")).toBeNull();
    await act(async () => arrive(Greeting));
    expect(screen.getByTestId("greeting").textContent).toBe("Xin chào Hà");
    expect(screen.queryByTestId("panel-loading")).toBeNull();
  });

  it("draws a loaded panel on its first render, with no loading line", async () => {
    const chunk = panelChunk(async () => Greeting);
    await chunk.load();
    show(chunk);
    expect(screen.getByTestId("greeting").textContent).toBe("Xin chào Hà");
  });

  it("offers to try again when the chunk cannot be fetched, and loads it on the next try", async () => {
    let calls = 0;
    const chunk = panelChunk(async () => {
      calls += 1;
      if (calls === 1) throw new Error("ChunkLoadError");
      return Greeting;
    });
    show(chunk);
    expect((await screen.findByRole("alert")).textContent).toContain("Không tải được phần này");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: s.panelLoadRetry }));
    });
    expect((await screen.findByTestId("greeting")).textContent).toBe("Xin chào Hà");
    expect(calls).toBe(2);
  });

  it("loads the real check panel from its own module", async () => {
    expect(checkPanel.loaded()).toBeNull();
    const panel = await checkPanel.load();
    expect(panel.name).toBe("CheckPanel");
    expect(checkPanel.loaded()).toBe(panel);
  });
});
