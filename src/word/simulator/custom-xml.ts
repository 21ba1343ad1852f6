/**
 * Office's Common API `customXmlParts` for the simulated document: parts kept with the
 * document, found by the namespace of their root element, each with its own id.
 * https://learn.microsoft.com/javascript/api/office/office.customxmlparts
 * https://learn.microsoft.com/javascript/api/office/office.customxmlpart
 * Callbacks run asynchronously, as Office's do. `failNext` makes the next call of a kind fail
 * as Word does when a co-author's change gets there first. Browser-safe: no Node API.
 */
import type { AsyncResultLike, CustomXmlPartLike, CustomXmlPartsLike } from "../types";

export type CustomXmlFailure = "getByNamespace" | "getXml" | "add" | "delete";

export interface SimulatedCustomXmlParts extends CustomXmlPartsLike {
  /** The XML of every part, in the order they were added: what a saved .docx holds as customXml/itemN.xml. */
  xml(): string[];
  /** The next call of this kind fails (status "failed"), as with a co-author's concurrent change. */
  failNext(kind: CustomXmlFailure): void;
}

/** The namespace of the root element (`xmlns` or the root's prefix), as Word matches it. */
function rootNamespace(xml: string): string {
  const root = /<(?!\?|!)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>/.exec(xml);
  if (!root) return "";
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
  const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*["']([^"']*)["']`).exec(root[2]);
  return declaration?.[1] ?? "";
}

function result<T>(value: T, failed: boolean): AsyncResultLike<T> {
  return failed
    ? { status: "failed", value: undefined as T, error: { code: 5009, name: "GenericError", message: "The operation failed because the document changed." } }
    : { status: "succeeded", value, error: null };
}

export function createSimulatedCustomXmlParts(initial: readonly string[] = []): SimulatedCustomXmlParts {
  const parts = new Map<string, string>();
  const failures = new Set<CustomXmlFailure>();
  let next = 1;
  const failing = (kind: CustomXmlFailure): boolean => failures.delete(kind);
  const later = (action: () => void): void => {
    setTimeout(action, 0);
  };

  const partObject = (id: string): CustomXmlPartLike => ({
    id,
    getXmlAsync: (callback) => {
      const failed = failing("getXml") || !parts.has(id);
      later(() => callback(result(parts.get(id) ?? "", failed)));
    },
    deleteAsync: (callback) => {
      const failed = failing("delete") || !parts.has(id);
      if (!failed) parts.delete(id);
      later(() => callback(result(undefined, failed)));
    },
  });

  const add = (xml: string): string => {
    const id = `{5E1A0000-0000-4000-8000-${String(next++).padStart(12, "0")}}`;
    parts.set(id, xml);
    return id;
  };
  for (const xml of initial) add(xml);

  return {
    addAsync: (xml, callback) => {
      // Word refuses text without a root element.
      const failed = failing("add") || !/<[A-Za-z_]/.test(xml);
      const id = failed ? "" : add(xml);
      later(() => callback(result(partObject(id), failed)));
    },
    getByNamespaceAsync: (ns, callback) => {
      const failed = failing("getByNamespace");
      const found = [...parts].filter(([, xml]) => rootNamespace(xml) === ns).map(([id]) => partObject(id));
      later(() => callback(result(found, failed)));
    },
    xml: () => [...parts.values()],
    failNext: (kind) => {
      failures.add(kind);
    },
  };
}
