/**
 * The ribbon's function file. The ribbon button opens the task pane (ShowTaskpane), so no
 * function commands are needed; Office still loads this page and waits for onReady.
 */
import { whenOfficeReady } from "../word/office-ready";

whenOfficeReady(() => {
  // Nothing to register.
});
