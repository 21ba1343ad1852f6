/**
 * The base of every simulated Office proxy and what a proxy needs of its request context:
 * properties readable only after `load` and `sync`, writes queued until `sync`, objects bound
 * to the batch that made them unless tracked.
 */
import { propertyNotLoaded, SimOfficeError } from "./errors";
import type { ParagraphCollectionLike } from "../types";
import type { ParagraphState, SimDocumentState } from "./state";

export interface SimHost {
  state: SimDocumentState;
  /** WordApi minor version the simulated host supports (3 → WordApi 1.3). */
  apiMinorVersion: number;
  /** WordApiDesktop minor version (3 → page setup); 0 or absent when the host has none (Word on the web). */
  desktopApiMinorVersion?: number;
  /** Where Word runs: searches behave differently on the web. */
  platform: SimPlatform;
  /** Whether the user has Word's Find and Replace dialog open (every search then fails). */
  findDialogOpen: boolean;
  /** Searches this host rejects with InvalidArgument (Word for Mac did for some short strings). */
  rejectsSearch?: (searchText: string) => boolean;
  countSync(): void;
  /** Adds a value the host sends back (a loaded property, a method's result) to the bytes counted. */
  countResponse(name: string, value: unknown): void;
  /** Bytes counted so far. */
  responseTotal(): number;
  /** Largest answer of one sync the host sends; a larger one fails the sync (Word on the web). */
  responseLimit?: number;
  afterSync(before: { version: number; selectionVersion: number }): void;
}

/** `Office.context.platform` values the simulator distinguishes. */
export type SimPlatform = "PC" | "Mac" | "OfficeOnline";

export type Operation = { owner: SimClientObject | null; apply: () => void };

export type LoadSpec =
  | string
  | string[]
  | { select?: string | string[]; top?: number; skip?: number }
  | Record<string, unknown>
  | undefined;

/** Flattens every form `load` accepts into "a/b/c" paths; an empty list means "all scalars". */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap(splitNames);
  if ("select" in spec && spec.select !== undefined) {
    const select = spec.select;
    return typeof select === "string" ? splitNames(select) : (select as string[]).flatMap(splitNames);
  }
  const paths: string[] = [];
  for (const [name, value] of Object.entries(spec)) {
    if (value === true) paths.push(name);
    else if (value && typeof value === "object") {
      const inner = loadPaths(value as LoadSpec);
      if (inner.length === 0) paths.push(name);
      else for (const path of inner) paths.push(`${name}/${path}`);
    }
  }
  return paths;
}

function splitNames(names: string): string[] {
  return names
    .split(",")
    .map((name) => name.replace(/\s+/g, ""))
    .filter((name) => name !== "");
}


/** The request context as its proxies see it. */
export interface ProxyContext {
  readonly host: SimHost;
  readonly state: SimDocumentState;
  /** Increases each time a `Word.run` batch starts on this context. */
  readonly generation: number;
  /** Increases on every sync; collections use it to merge several loads of one sync. */
  readonly syncSerial: number;
  adopt(object: SimClientObject): void;
  enqueue(owner: SimClientObject | null, apply: () => void): void;
  /** `Range.paragraphs`: the request context builds the collection, so ranges need not know paragraphs. */
  paragraphsIn(scope: () => ParagraphState[]): ParagraphCollectionLike;
}

export abstract class SimClientObject {
  readonly generation: number;
  tracked = false;
  /** Objects reached from `context.document` by navigation only: valid in every batch. */
  rooted = false;
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: ProxyContext) {
    this.generation = context.generation;
    context.adopt(this);
  }

  usable(): boolean {
    return this.rooted || this.tracked || this.generation === this.context.generation;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(this, () => this.applyLoad(paths));
    return this;
  }

  track(): this {
    this.tracked = true;
    return this;
  }

  /** Like Office, the release takes effect at the next sync, after the commands queued before it. */
  untrack(): this {
    this.context.enqueue(null, () => {
      this.tracked = false;
    });
    return this;
  }

  /** Called when the batch that created this object ends and it is not tracked. */
  release(): void {}

  protected abstract scalarNames(): readonly string[];
  protected abstract scalarValue(name: string): unknown;
  protected navigation(_name: string): SimClientObject | undefined {
    return undefined;
  }

  applyLoad(paths: readonly string[]): void {
    if (paths.length === 0) {
      for (const name of this.scalarNames()) this.setLoaded(name, this.scalarValue(name));
      return;
    }
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = this.navigation(head);
      if (child) child.applyLoad(rest.length > 0 ? [rest.join("/")] : []);
      else if (rest.length === 0 && this.scalarNames().includes(head)) this.setLoaded(head, this.scalarValue(head));
      else throw new SimOfficeError("InvalidArgument", `The property '${path}' does not exist on this object.`);
    }
  }

  private setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.context.host.countResponse(name, value);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected ensureApiVersion(minor: number, member: string): void {
    if (this.context.host.apiMinorVersion < minor) {
      throw new SimOfficeError("ApiNotFound", `${member} needs WordApi 1.${minor}, which this host does not support.`);
    }
  }
}


/** `OfficeExtension.ClientResult`: the value a method returns, set at the sync. */
export class SimClientResult<T> {
  private set = false;
  private result: T | undefined;

  constructor(context: ProxyContext, owner: SimClientObject, compute: () => T) {
    context.enqueue(owner, () => {
      this.result = compute();
      this.set = true;
      context.host.countResponse("Value", this.result);
    });
  }

  get value(): T {
    if (!this.set) throw propertyNotLoaded("value");
    return this.result as T;
  }
}
