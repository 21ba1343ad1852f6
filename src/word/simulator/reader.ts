/**
 * Where the simulator gets its OOXML reader (`ooxml.ts`, the engine's body reader behind it).
 * `index.ts` hands it over at once, for Node and the tests; the preview imports `core.ts`
 * and hands over a loader, so the reader comes in a chunk of its own, after the first paint.
 * Inserting markup starts loading it and the sync that applies the insert waits for it, as
 * Word's own round trip would; opening a document from its WordprocessingML (`openOoxml`,
 * `createSimulatedWordFromOoxml`) is synchronous, so its caller awaits `loadOoxmlReader()`.
 */
export type OoxmlReader = typeof import("./ooxml");

let reader: OoxmlReader | null = null;
let loader: (() => Promise<OoxmlReader>) | null = null;
let pending: Promise<OoxmlReader> | null = null;

/** The reader itself, or a way to load it on first use. */
export function provideOoxmlReader(given: OoxmlReader | (() => Promise<OoxmlReader>)): void {
  if (typeof given === "function") loader = given;
  else reader = given;
}

export function loadOoxmlReader(): Promise<OoxmlReader> {
  if (reader) return Promise.resolve(reader);
  const load = loader;
  if (!load) return Promise.reject(new Error("The simulator has no OOXML reader: import it from word/simulator (index.ts)."));
  pending ??= load().then(
    (loaded) => (reader = loaded),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The reader while it is still arriving, else null: a sync awaits it before applying an insert. */
export function ooxmlReaderArriving(): Promise<OoxmlReader> | null {
  return reader === null ? pending : null;
}

/** The loaded reader; a caller that did not await `loadOoxmlReader()` gets a plain error. */
export function ooxmlReader(): OoxmlReader {
  if (!reader) throw new Error("The simulator's OOXML reader is not loaded yet: await loadOoxmlReader() first.");
  return reader;
}
