/** The request kept with the document reaches whoever opens it later; a failed save is a message, never a crash. */
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";
import { REQUEST_SETTING, requestFromProperties, requestProperties } from "../../src/word/stored-request";
import { seedModel } from "./fixtures";

const REQUEST = JSON.stringify({
  kind: "vanban-request",
  reference: "919/UBND-NC",
  outline: Array.from({ length: 12 }, (_, index) => ({ title: `Nội dung thứ ${index + 1}: tình hình thực hiện và đề xuất, kiến nghị` })),
});

describe("the request kept with the document", () => {
  test("is saved in the document's settings and in its custom properties, in pieces Word takes", async () => {
    const sim = createSimulatedWord(seedModel("002"));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    await adapter.storeRequest(REQUEST);
    expect(sim.settings.saved()[REQUEST_SETTING]).toBe(REQUEST);
    const properties = sim.document.customProperties();
    expect(Number(properties["vanban.request.parts"])).toBe(Math.ceil(REQUEST.length / 255));
    expect(Object.values(properties).every((value) => String(value).length <= 255)).toBe(true);
    expect(requestFromProperties(new Map(Object.entries(properties)))).toBe(REQUEST);
  });

  test("reaches a reviewer who opens the document later, on the desktop (settings)", async () => {
    const sim = createSimulatedWord(seedModel("002"));
    await createWordAdapter(sim.Word, { settings: sim.settings }).storeRequest(REQUEST);
    const reviewer = createWordAdapter(sim.Word, { settings: sim.settings.reopened() });
    expect(await reviewer.loadStoredRequest()).toBe(REQUEST);
  });

  test("reaches a reviewer on the web, where the desktop's settings are not read (office-js#6095): the document properties", async () => {
    const sim = createSimulatedWord(seedModel("002"));
    await createWordAdapter(sim.Word, { settings: sim.settings }).storeRequest(REQUEST);
    const web = createSimulatedWord(seedModel("000"), { platform: "OfficeOnline" }).settings;
    const reviewer = createWordAdapter(sim.Word, { settings: web });
    expect(reviewer.getStoredRequest()).toBeNull();
    expect(await reviewer.loadStoredRequest()).toBe(REQUEST);
  });

  test("a co-author's conflicting settings change fails the settings save, not the request: the properties keep it", async () => {
    const sim = createSimulatedWord(seedModel("002"));
    sim.settings.failSaves("The settings were changed by another user.");
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings });
    await expect(adapter.storeRequest(REQUEST)).resolves.toBeUndefined();
    expect(sim.settings.saved()[REQUEST_SETTING]).toBeUndefined();
    expect(await createWordAdapter(sim.Word, { settings: sim.settings.reopened() }).loadStoredRequest()).toBe(REQUEST);
  });

  test("a document with no request, or half a request, gives none", async () => {
    const sim = createSimulatedWord(seedModel("002"));
    expect(await createWordAdapter(sim.Word, { settings: sim.settings }).loadStoredRequest()).toBeNull();
    const pieces = new Map(requestProperties(REQUEST));
    pieces.delete("vanban.request.2");
    expect(requestFromProperties(pieces)).toBeNull();
  });
});
