/**
 * The layout packs the builders print with live in the engine (src/engine/layout), so the
 * parts and the formatting checks share one set of figures.
 */
export { layoutFor, PARTY_LAYOUT, STATE_LAYOUT, type AgencyMark, type LayoutPack, type SubjectMark, type TextFormat } from "../engine/layout/packs";
