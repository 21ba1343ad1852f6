/**
 * Compile-time checks (run by `npm run typecheck`): real Office.js objects and the
 * simulator's objects must both fit the adapter's structural types.
 */
import type {
  BodyLike,
  DocumentLike,
  FontLike,
  IsSetSupported,
  ListItemLike,
  ParagraphCollectionLike,
  ParagraphLike,
  RangeCollectionLike,
  RangeLike,
  RequestContextLike,
  SettingsLike,
  WordLike,
} from "../../src/word/types";
import type { SimBody, SimDocument, SimRequestContext } from "../../src/word/simulator/context";
import type { SimListItemProxy, SimParagraphCollection, SimParagraphProxy } from "../../src/word/simulator/paragraphs";
import type { SimFontProxy, SimRange, SimRangeCollection } from "../../src/word/simulator/ranges";

export function realWordFits(word: typeof Word): WordLike {
  return word;
}

export function realSettingsFit(settings: Office.Settings): SettingsLike {
  return settings;
}

export function realRequirementsFit(requirements: Office.RequirementSetSupport): IsSetSupported {
  return (name, version) => requirements.isSetSupported(name, version);
}

export function simulatedContextFits(context: SimRequestContext): RequestContextLike {
  return context;
}

/*
 * Each structural type against the Word class it stands for and the simulator's class for it:
 * a member the adapter uses must exist in real Word with a type the adapter's view accepts,
 * and the simulator must offer it too. (The gate in api-sets.test.ts checks the requirement sets.)
 */
interface Fits<Real, Simulated, View> {
  real: (value: Real) => View;
  simulated: (value: Simulated) => View;
}

function fits<Real extends View, Simulated extends View, View>(): Fits<Real, Simulated, View> {
  return { real: (value) => value, simulated: (value) => value };
}

export const fontFits = fits<Word.Font, SimFontProxy, FontLike>();
export const rangeFits = fits<Word.Range, SimRange, RangeLike>();
export const rangeCollectionFits = fits<Word.RangeCollection, SimRangeCollection, RangeCollectionLike>();
export const listItemFits = fits<Word.ListItem, SimListItemProxy, ListItemLike>();
export const paragraphFits = fits<Word.Paragraph, SimParagraphProxy, ParagraphLike>();
export const paragraphCollectionFits = fits<Word.ParagraphCollection, SimParagraphCollection, ParagraphCollectionLike>();
export const bodyFits = fits<Word.Body, SimBody, BodyLike>();
export const documentFits = fits<Word.Document, SimDocument, DocumentLike>();
export const contextFits = fits<Word.RequestContext, SimRequestContext, RequestContextLike>();
