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

type SpreadsheetWriter = typeof import("../report/xlsx");
let writer: Promise<SpreadsheetWriter> | null = null;

/**
 * exceljs is large (hundreds of KB): never before first paint. The page fetches it in the
 * background once a review table exists, so the .xlsx download still works if the network
 * goes afterwards; a failed fetch is tried again on the next call.
 */
export function loadSpreadsheetWriter(): Promise<SpreadsheetWriter> {
  writer ??= import(/* webpackChunkName: "xlsx" */ "../report/xlsx").catch((error: unknown) => {
    writer = null;
    throw error;
  });
  return writer;
}
