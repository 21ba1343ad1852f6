/** The parts a clerk inserts: organization profile, header, closing, outline, and their OOXML/.docx forms. */
export {
  type Alignment,
  type Block,
  type ClosingOptions,
  type HeaderOptions,
  type OpeningOptions,
  type OutlineOptions,
  type ParagraphBlock,
  type ParagraphStyle,
  type RuleBlock,
  type Run,
  type TableBlock,
  type Urgency,
  bodyParagraph,
  buildAddressee,
  buildClosing,
  buildHeader,
  buildOpening,
  buildOutline,
  headingText,
  openingSentence,
} from "./blocks";
export { DOCUMENT_TYPE_KEYS, DRAFT_TYPES, type DraftType, findDraftType, requireDraftType, typeAbbreviation } from "./doctypes";
export { type DocxOptions, type PageOptions, toDocx } from "./docx";
export { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "./examples";
export { type CalendarDate, type DateInput, dateLineText, longDate, numberLineText, shortDate, toCalendarDate } from "./format";
export { type LayoutPack, layoutFor, PARTY_LAYOUT, STATE_LAYOUT } from "./layout";
export { buildNewDraft, buildNewDraftBlocks, type NewDraftOptions } from "./new-draft";
export { type FlatOpcOptions, toFlatOpc } from "./ooxml";
export {
  type DocumentSystem,
  type OrgProfile,
  type ProfileProblem,
  type ProfileValidation,
  type Signer,
  type SignerAuthority,
  parseProfileJson,
  validateProfile,
} from "./profile";
