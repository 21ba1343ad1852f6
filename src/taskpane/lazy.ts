/** Loads the heavy work (engine, parts, .docx reader) once, on first use. */
export type Work = typeof import("./work");

let pending: Promise<Work> | null = null;

export function loadWork(): Promise<Work> {
  pending ??= import(/* webpackChunkName: "work" */ "./work").catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
