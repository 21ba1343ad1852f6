/** Everything a web page needs to drive the simulated Word through the real adapter. */
export { createWordAdapter } from "./adapter";
export { createSimulatedWord } from "./simulator";
