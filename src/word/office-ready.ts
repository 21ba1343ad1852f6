/** Office's start signal, kept apart from the adapter so the ribbon's function file stays small. */
export function whenOfficeReady(start: () => void): void {
  void Office.onReady(() => start());
}
