/** The three rules that compare a draft's sections with the request's outline. */
import type { Rule } from "./rule";
import { sectionEmpty } from "./section-empty";
import { sectionMissing } from "./section-missing";
import { sectionOrder } from "./section-order";

export { sectionEmpty, sectionMissing, sectionOrder };

export const sectionRules: Rule[] = [sectionMissing, sectionEmpty, sectionOrder];
