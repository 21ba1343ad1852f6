/** What the shell and its panels share, kept apart so panels need not import the shell. */

export type TabKey = "request" | "compose" | "check" | "settings";

export const TABS: readonly TabKey[] = ["request", "compose", "check", "settings"];
