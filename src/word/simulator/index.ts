/**
 * The simulated Word with its OOXML reader in place: inserting and opening WordprocessingML
 * work at once. For Node, the tests and pages that want it whole; the preview imports
 * `core.ts` and loads the reader when markup first comes (see reader.ts).
 */
import * as ooxml from "./ooxml";
import { provideOoxmlReader } from "./reader";

provideOoxmlReader(ooxml);

export * from "./core";
export { ooxmlPackageOfDocx } from "./docx";
