/**
 * The simulated `Document.pageSetup` (WordApiDesktop 1.3): the page's size, margins and
 * orientation in points (https://learn.microsoft.com/javascript/api/word/word.pagesetup).
 * Hosts without that set refuse it, as Word on the web does.
 */
import { SimClientObject, type ProxyContext } from "./client";
import { SimOfficeError } from "./errors";
import type { SimPage } from "./layout";

const PAGE_PROPERTIES = ["pageWidth", "pageHeight", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "orientation"] as const;

type PageNumber = Exclude<keyof SimPage, "orientation">;

export class SimPageSetupProxy extends SimClientObject {
  constructor(context: ProxyContext) {
    super(context);
    this.rooted = true;
    if ((context.host.desktopApiMinorVersion ?? 0) < 3) {
      throw new SimOfficeError("ApiNotFound", "Document.pageSetup needs WordApiDesktop 1.3, which this host does not support.");
    }
  }

  protected scalarNames(): readonly string[] {
    return PAGE_PROPERTIES;
  }

  protected scalarValue(name: string): unknown {
    return this.context.state.page[name as keyof SimPage];
  }

  private setNumber(name: PageNumber, value: number): void {
    this.context.enqueue(this, () => {
      this.context.state.page[name] = value;
      this.context.state.version++;
    });
  }

  get pageWidth(): number {
    return this.read("pageWidth");
  }
  set pageWidth(value: number) {
    this.setNumber("pageWidth", value);
  }
  get pageHeight(): number {
    return this.read("pageHeight");
  }
  set pageHeight(value: number) {
    this.setNumber("pageHeight", value);
  }
  get topMargin(): number {
    return this.read("topMargin");
  }
  set topMargin(value: number) {
    this.setNumber("topMargin", value);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.setNumber("bottomMargin", value);
  }
  get leftMargin(): number {
    return this.read("leftMargin");
  }
  set leftMargin(value: number) {
    this.setNumber("leftMargin", value);
  }
  get rightMargin(): number {
    return this.read("rightMargin");
  }
  set rightMargin(value: number) {
    this.setNumber("rightMargin", value);
  }
  get orientation(): string {
    return this.read("orientation");
  }
  /** Turning the page swaps its width and height, as Word does. */
  set orientation(value: string) {
    if (value !== "Portrait" && value !== "Landscape") throw new SimOfficeError("InvalidArgument", `Invalid orientation '${value}'.`);
    this.context.enqueue(this, () => {
      const page = this.context.state.page;
      if (page.orientation !== value) [page.pageWidth, page.pageHeight] = [page.pageHeight, page.pageWidth];
      page.orientation = value;
      this.context.state.version++;
    });
  }
}
