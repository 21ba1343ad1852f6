/**
 * Compile-time checks (run by `npm run typecheck`): real Office.js objects and the
 * simulator's objects must both fit the adapter's structural types.
 */
import type { IsSetSupported, RequestContextLike, SettingsLike, WordLike } from "../../src/word/types";
import type { SimRequestContext } from "../../src/word/simulator/context";

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
