import * as React from "react";
import {
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle1,
  Tab,
  TabList,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import type { RequestProfile } from "../engine/types";
import { validateProfile, type OrgProfile } from "../parts/profile";
import { Notice, type NoticeState } from "./components/Notice";
import { RequestPanel } from "./components/RequestPanel";
import { usePanelStyles } from "./components/styles";
import { describeError } from "./errors";
import type { Host } from "./host";
import { stringsFor } from "./i18n";
import { loadWork } from "./lazy";
import { checkPanel, composePanel, DeferredPanel, preloadPanels, settingsPanel } from "./panels";
import type { OrgConfigState } from "./org";
import { requestName } from "./request-form";
import { fill } from "./text";
import { TABS, type TabKey } from "./types";

export interface AppProps {
  host: Host;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100%",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tabs: { flexWrap: "wrap" },
  footer: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export function App({ host }: AppProps): React.ReactElement {
  const language = host.language;
  const s = stringsFor(language);
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>("request");
  const [request, setRequest] = React.useState<RequestProfile | null>(null);
  /** While the request kept with the document (or given to the preview) is being read back. */
  const [restoringRequest, setRestoringRequest] = React.useState(true);
  const [requestSource, setRequestSource] = React.useState<string>("");
  const [profile, setProfile] = React.useState<OrgProfile | null>(() => host.profiles.load());
  const [startNotice, setStartNotice] = React.useState<NoticeState | null>(null);
  const [org, setOrg] = React.useState<OrgConfigState>(() => ({ status: host.orgConfig ? "loading" : "none" }));
  const [orgNoticeShown, setOrgNoticeShown] = React.useState(true);
  const [boundNoticeShown, setBoundNoticeShown] = React.useState(true);
  const panel = usePanelStyles();

  // The other tabs' panels are fetched after the first paint, so they are there when opened.
  React.useEffect(() => {
    preloadPanels().catch(() => undefined);
  }, []);

  // The organization's configuration comes after the first paint; without one nothing changes.
  React.useEffect(() => {
    if (!host.orgConfig) return undefined;
    let live = true;
    host
      .orgConfig()
      .then((state) => {
        if (live) setOrg(state);
      })
      .catch(() => {
        if (live) setOrg({ status: "none" });
      });
    return () => {
      live = false;
    };
  }, [host]);

  /** The user's own profile over the organization's defaults; null while it is not complete. */
  const effective = React.useMemo<OrgProfile | null>(() => {
    if (org.status !== "loaded") return profile;
    return validateProfile(org.merge(profile)).profile ?? null;
  }, [org, profile]);
  const orgConfig = org.status === "loaded" ? org.config : null;
  const orgProblems = org.status === "loaded" ? org.problems : [];

  // The request kept with the document (or handed over by the preview) comes back at start.
  React.useEffect(() => {
    let live = true;
    void (async () => {
      try {
        let restored: RequestProfile | null = (await host.initialRequest?.()) ?? null;
        let source = s.sourceGiven;
        if (!restored) {
          const stored = await host.adapter.loadStoredRequest();
          if (stored) {
            const work = await loadWork();
            restored = work.parseRequestProfile(stored);
            source = s.sourceStored;
          }
        }
        if (live && restored) {
          setRequest(restored);
          setRequestSource(source);
        }
      } catch (error) {
        if (live) setStartNotice({ intent: "warning", text: describeError(error, language, s.errorRestoreRequest) });
      } finally {
        if (live) setRestoringRequest(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [host, language, s]);

  /** Uses a request and keeps it with the document; a failure to keep it is only a warning. */
  const applyRequest = React.useCallback(
    async (next: RequestProfile, source: string): Promise<NoticeState | null> => {
      setRequest(next);
      setRequestSource(source);
      try {
        const work = await loadWork();
        await host.adapter.storeRequest(work.serializeRequestProfile(next));
        return null;
      } catch (error) {
        return { intent: "warning", text: describeError(error, language, s.errorStoreRequest) };
      }
    },
    [host, language, s],
  );

  const tabLabels: Record<TabKey, string> = {
    request: s.tabRequest,
    compose: s.tabCompose,
    check: s.tabCheck,
    settings: s.tabSettings,
  };

  // In the preview the page has its own landmarks; the pane is one region of it.
  const Root = host.preview ? "div" : "main";
  return (
    <Root className={styles.root} lang={language}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{s.appTitle}</Subtitle1>
        <Caption1>{s.appSubtitle}</Caption1>
      </header>
      {startNotice && <Notice notice={startNotice} onDismiss={() => setStartNotice(null)} strings={s} />}
      {orgProblems.length > 0 && orgNoticeShown && (
        <div className={panel.noPrint} data-testid="org-config-problems">
          <Notice
            notice={{
              intent: "warning",
              text: [s.orgConfigProblems, ...orgProblems.map((p) => `• ${language === "en" ? p.messageEn : p.message}`)].join("\n"),
            }}
            onDismiss={() => setOrgNoticeShown(false)}
            strings={s}
          />
        </div>
      )}
      {request && requestSource === s.sourceStored && boundNoticeShown && (
        <div className={panel.noPrint} data-testid="bound-request">
          <Notice
            notice={{ intent: "info", text: fill(s.checkBoundRequest, { request: requestName(request) }) }}
            onDismiss={() => setBoundNoticeShown(false)}
            strings={s}
          />
        </div>
      )}
      <TabList
        className={mergeClasses(styles.tabs, panel.noPrint)}
        selectedValue={tab}
        onTabSelect={(_e, data: SelectTabData) => setTab(data.value as TabKey)}
        size="small"
        aria-label={s.tabsLabel}
      >
        {TABS.map((key) => (
          <Tab key={key} value={key} id={`vanban-tab-${key}`} data-testid={`tab-${key}`} aria-controls={`vanban-panel-${key}`}>
            {tabLabels[key]}
          </Tab>
        ))}
      </TabList>
      <TabPanel id="request" active={tab}>
        <RequestPanel
          host={host}
          strings={s}
          request={request}
          requestSource={requestSource}
          onRequest={applyRequest}
          orgRequests={orgConfig?.requests ?? []}
          holidays={orgConfig?.holidays}
        />
      </TabPanel>
      <TabPanel id="compose" active={tab}>
        <DeferredPanel
          chunk={composePanel}
          strings={s}
          props={{
            host,
            strings: s,
            request,
            profile: effective,
            ownProfile: profile !== null,
            orgDefaults: orgConfig?.profile ?? {},
            recipientLists: orgConfig?.recipientLists ?? [],
            onGoTo: setTab,
          }}
        />
      </TabPanel>
      <TabPanel id="check" active={tab}>
        <DeferredPanel chunk={checkPanel} strings={s} props={{ host, strings: s, request, restoringRequest, onGoTo: setTab }} />
      </TabPanel>
      <TabPanel id="settings" active={tab}>
        <DeferredPanel
          chunk={settingsPanel}
          strings={s}
          props={{
            host,
            strings: s,
            profile,
            onProfile: setProfile,
            orgDefaults: orgConfig?.profile ?? {},
            recipientLists: orgConfig?.recipientLists ?? [],
          }}
        />
      </TabPanel>
      <Caption1 as="p" className={mergeClasses(styles.footer, panel.noPrint)}>
        {host.preview ? `${s.notInWord} ` : ""}
        {s.privacy}
      </Caption1>
    </Root>
  );
}

/**
 * A panel is first drawn when its tab is first opened, so the pane's start draws one panel,
 * not four; after that it stays mounted while hidden, so a check's results or a half-filled
 * form survive a tab switch.
 */
function TabPanel({ id, active, children }: { id: TabKey; active: TabKey; children: React.ReactNode }): React.ReactElement {
  const [opened, setOpened] = React.useState(id === active);
  // Set while rendering, as React allows for a component's own state: no empty frame first.
  if (id === active && !opened) setOpened(true);
  return (
    <section
      id={`vanban-panel-${id}`}
      role="tabpanel"
      aria-labelledby={`vanban-tab-${id}`}
      hidden={id !== active}
      data-panel={id}
    >
      {opened ? children : null}
    </section>
  );
}
