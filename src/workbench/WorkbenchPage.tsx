/**
 * The workbench page: a toolbar (open and save .xlsx, Office's display language), the
 * spreadsheet, and the task pane beside it at Excel's task-pane width, 320 px. The pane is the
 * real one, already mounted by the caller into the element it passes; the page places that
 * element in its side panel. F6 / Shift+F6 move between the parts of the page, as in Office.
 */
import { Button, FluentProvider, makeStaticStyles, makeStyles, Select, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import type { Workbook } from "./excel/workbook";
import { Spreadsheet } from "./grid/Spreadsheet";
import { readContent, replaceContent } from "./workbookContent";
import { notWritable, readXlsx, writeXlsx } from "./xlsxFile";
import { errorMessage } from "../engine/errors";

const DISPLAY_LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: "en-US", name: "English" },
  { tag: "zh-CN", name: "简体中文" },
  { tag: "zh-TW", name: "繁體中文" },
];

export interface WorkbenchPageProps {
  workbook: Workbook;
  /** Office's display language as the pane is told it. */
  displayLanguage: string;
  /** Another display language: the page starts again in it (the pane reads it once, at start). */
  onDisplayLanguage(tag: string): void;
  /** The element the task pane is mounted in. */
  pane: HTMLElement;
}

/** The page fills the window; the grid and the pane scroll inside it. */
const useStaticStyles = makeStaticStyles({ "html, body, #root": { height: "100%" } });

const PANE_WIDTH = 320;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
    flexShrink: 0,
  },
  title: { color: "#FFFFFF", fontWeight: 600, marginRight: tokens.spacingHorizontalL },
  toolbarButton: { color: "#FFFFFF", ":hover": { color: "#FFFFFF", backgroundColor: "#185C37" }, ":hover:active": { color: "#FFFFFF", backgroundColor: "#104A2B" } },
  status: { color: "#FFFFFF", marginLeft: "auto", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0, backgroundColor: "#FFFFFF" },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
});

/** The parts F6 moves between, in order, each with the element that takes the focus. */
const REGIONS: readonly { testId: string; focus: string }[] = [
  { testId: "wb-toolbar", focus: "button" },
  { testId: "wb-formula-bar", focus: "" },
  { testId: "wb-grid", focus: "" },
  { testId: "wb-sheet-tabs", focus: '[aria-selected="true"]' },
  { testId: "wb-taskpane", focus: "" },
];

function moveBetweenRegions(backwards: boolean): void {
  const elements = REGIONS.map((r) => document.querySelector<HTMLElement>(`[data-testid="${r.testId}"]`));
  const at = elements.findIndex((element) => element?.contains(document.activeElement));
  for (let step = 1; step <= REGIONS.length; step++) {
    const i = (at + (backwards ? -step : step) + REGIONS.length) % REGIONS.length;
    const region = elements[i];
    const target = REGIONS[i].focus ? region?.querySelector<HTMLElement>(REGIONS[i].focus) : region;
    if (target) return target.focus();
  }
}

/** ". <what>: 1 chart, 3 conditional formats." or "" when nothing is missing: a file never changes silently. */
function missing(what: string, parts: readonly string[] | undefined): string {
  return parts && parts.length > 0 ? `. ${what}: ${parts.join(", ")}.` : "";
}

export function WorkbenchPage({ workbook, displayLanguage, onDisplayLanguage, pane }: WorkbenchPageProps) {
  useStaticStyles();
  const styles = useStyles();
  const paneSlot = useRef<HTMLElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const languageId = useId();
  const [status, setStatus] = useState("Sample workbook: 24 reps, July to September 2026");
  const [fileName, setFileName] = useState("TeleScore workbench.xlsx");

  useEffect(() => {
    paneSlot.current?.appendChild(pane);
  }, [pane]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "F6") return;
      event.preventDefault();
      moveBetweenRegions(event.shiftKey);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  async function open(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const content = await readXlsx(await file.arrayBuffer());
      replaceContent(workbook, content);
      setFileName(file.name);
      setStatus(`Opened ${file.name}${missing("Not read from the file, so not shown, and formulas that depend on them may differ from Excel", content.notKept)}`);
    } catch (error) {
      setStatus(`${file.name} could not be opened: ${errorMessage(error)}`);
    }
  }

  async function save(): Promise<void> {
    try {
      const content = readContent(workbook);
      const data = await writeXlsx(content);
      const url = URL.createObjectURL(new Blob([data], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      // The browser has taken the file once the click's task is over.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`Saved ${fileName}${missing("Not kept in the file (the workbench cannot write them)", [...(content.notKept ?? []), ...notWritable(content)])}`);
    } catch (error) {
      setStatus(`The workbook could not be saved: ${errorMessage(error)}`);
    }
  }

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header aria-label="Workbench" data-testid="wb-toolbar" className={styles.toolbar}>
        <Text as="h1" size={400} className={styles.title}>
          TeleScore workbench
        </Text>
        <Button appearance="subtle" className={styles.toolbarButton} icon={<FolderOpen20Regular />} data-testid="wb-open" onClick={() => fileInput.current?.click()}>
          Open .xlsx…
        </Button>
        <input ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden data-testid="wb-open-input" onChange={open} />
        <Button appearance="subtle" className={styles.toolbarButton} icon={<ArrowDownload20Regular />} data-testid="wb-save" onClick={save}>
          Save as .xlsx
        </Button>
        <div className={styles.language}>
          <label htmlFor={languageId}>Office language</label>
          <Select id={languageId} data-testid="wb-language" size="small" value={displayLanguage} onChange={(_, data) => onDisplayLanguage(data.value)}>
            {DISPLAY_LANGUAGES.some((l) => l.tag === displayLanguage) ? null : <option value={displayLanguage}>{displayLanguage}</option>}
            {DISPLAY_LANGUAGES.map((l) => (
              <option key={l.tag} value={l.tag} lang={l.tag}>
                {l.name}
              </option>
            ))}
          </Select>
        </div>
        <Text role="status" data-testid="wb-status" className={styles.status}>
          {status}
        </Text>
      </header>
      {/* No <main> here: the task pane brings its own, as it has the whole document in Excel. */}
      <div className={styles.main}>
        <section aria-label="Workbook" className={styles.sheet}>
          <Spreadsheet workbook={workbook} />
        </section>
        <aside ref={paneSlot} aria-label="TeleScore task pane" data-testid="wb-taskpane" tabIndex={-1} className={styles.pane} />
      </div>
    </FluentProvider>
  );
}
