/** Waivers: a clerk's decisions to pass over findings, kept inside the document. */
export {
  cleanReason,
  collectWaivers,
  isWaiversXml,
  MAX_REASON_LENGTH,
  parseWaivers,
  serializeWaivers,
  WAIVERS_NAMESPACE,
  waiverKey,
  type ParsedWaivers,
} from "./xml";
export { applyWaivers, createWaiver, findingContext, fingerprintText, type WaiverOutcome } from "./match";
