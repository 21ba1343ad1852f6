/** Loads the check page's engine (engine.ts) once; the spreadsheet writer only when a .xlsx is asked for. */
export type CheckEngine = typeof import("./engine");

let pending: Promise<CheckEngine> | null = null;

export function loadEngine(): Promise<CheckEngine> {
  pending ??= import(/* webpackChunkName: "check-engine" */ "./engine").catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

/** exceljs is large (hundreds of KB): fetched on the first .xlsx download only. */
export function loadSpreadsheetWriter(): Promise<typeof import("../report/xlsx")> {
  return import(/* webpackChunkName: "xlsx" */ "../report/xlsx");
}
