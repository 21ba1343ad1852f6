import * as React from "react";
import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle1,
  Tab,
  TabList,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { stringsFor, type Language } from "./i18n";

export interface AppProps {
  language: Language;
  /** True when running in the browser preview instead of Word. */
  preview?: boolean;
}

type TabKey = "request" | "compose" | "check" | "settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  footer: { color: tokens.colorNeutralForeground3 },
});

export function App({ language, preview }: AppProps): React.ReactElement {
  const s = stringsFor(language);
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>("request");
  const intro: Record<TabKey, string> = {
    request: s.requestIntro,
    compose: s.composeIntro,
    check: s.checkIntro,
    settings: s.settingsIntro,
  };
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{s.appTitle}</Subtitle1>
        <Caption1>{s.appSubtitle}</Caption1>
      </header>
      <TabList
        selectedValue={tab}
        onTabSelect={(_e, data: SelectTabData) => setTab(data.value as TabKey)}
        size="small"
      >
        <Tab value="request" data-testid="tab-request">{s.tabRequest}</Tab>
        <Tab value="compose" data-testid="tab-compose">{s.tabCompose}</Tab>
        <Tab value="check" data-testid="tab-check">{s.tabCheck}</Tab>
        <Tab value="settings" data-testid="tab-settings">{s.tabSettings}</Tab>
      </TabList>
      <section className={styles.panel} role="tabpanel" aria-label={tab}>
        <Body1>{intro[tab]}</Body1>
      </section>
      <Caption1 as="p" className={styles.footer}>
        {preview ? `${s.notInWord} ` : ""}
        {s.privacy}
      </Caption1>
    </main>
  );
}
