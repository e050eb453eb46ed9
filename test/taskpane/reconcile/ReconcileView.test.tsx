/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reconcilePeriod } from "../../../src/engine/reconciliation";
import { ReconcileView } from "../../../src/taskpane/reconcile/ReconcileView";
import type { AllocateOutcome, ReconcileOutcome, ReconcileRequest } from "../../../src/taskpane/reconcile/excel/reconcileSheet";
import type { ReconcileWorkbook } from "../../../src/taskpane/reconcile/reconcileWorkbook";
import { ExcelUnavailableError } from "../../../src/taskpane/shared/excelUnavailable";
import { LocaleProvider } from "../../../src/taskpane/shared/i18n/LocaleContext";
import type { SelectionPort } from "../../../src/taskpane/shared/selectionPort";

/**
 * A workbook holding one net profit column and one ledger cell. It reconciles with the engine, as
 * the Excel adapter does; what it writes on the sheet is the adapter's business (reconcileSheet.test.ts).
 */
class FakeWorkbook implements ReconcileWorkbook {
  readonly reconciled: ReconcileRequest[] = [];
  readonly allocated: { request: ReconcileRequest; confirmedVariance: number }[] = [];
  failWith: Error | null = null;

  constructor(
    private readonly reps: number[],
    private readonly ledgerCell: number,
    private readonly found: string | null = "Review!C2:C4",
  ) {}

  findNetProfit = async () => this.found;

  private outcome(request: ReconcileRequest): ReconcileOutcome {
    if (this.failWith) throw this.failWith;
    const ledgerTotal = request.ledger.kind === "cell" ? this.ledgerCell : request.ledger.value!;
    const unassigned = request.unassigned.kind === "amount" ? request.unassigned.value : null;
    const figures = reconcilePeriod({ repAmounts: this.reps, ledgerTotal, unassigned, tolerance: request.tolerance });
    return { figures, netProfitAddress: request.netProfit, blockAddress: "Review!F1:G11", blockName: "TeleScore_Reconciliation" };
  }

  reconcile = async (request: ReconcileRequest) => {
    this.reconciled.push(request);
    return this.outcome(request);
  };

  allocate = async (request: ReconcileRequest, confirmedVariance: number): Promise<AllocateOutcome> => {
    this.allocated.push({ request, confirmedVariance });
    // The insertion moved the block one column right.
    return { ...this.outcome(request), blockAddress: "Review!G1:H11", adjustedAddress: "Review!D2:D4", inserted: { column: "D", movedTo: "E" } };
  };
}

/** The user has selected Ledger!B2. */
const selection: SelectionPort = { selectedAddress: async () => "Ledger!B2" };

function renderView(workbook: FakeWorkbook, language = "en-US") {
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={language} storage={null}>
        <ReconcileView workbook={workbook} selection={selection} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

/** Types a whole value into the field at once (user.type's keystrokes are slow and test nothing more here). */
const fill = (label: string | RegExp, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

const figureRows = (caption: string): string[][] =>
  within(screen.getByRole("table", { name: caption }))
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));

/**
 * Reps 1,234,567.89 + 0.10 + 0.20 = 1,234,568.19; unassigned 1,000.50; ledger 1,235,568.70:
 * variance 1,234,568.19 + 1,000.50 - 1,235,568.70 = -0.01, within a tolerance of 0.01.
 */
const REPS = [1234567.89, 0.1, 0.2];

async function fillAndReconcile(user: ReturnType<typeof userEvent.setup>, opts: { ledger?: string; tolerance?: string } = {}) {
  fill("Ledger total amount", opts.ledger ?? "1235568.70");
  fill("Unassigned amount", "1,000.5");
  fill("Tolerance", opts.tolerance ?? "0.01");
  fill(/Reconciled by/, "Mei Chen");
  await user.click(screen.getByRole("button", { name: "Reconcile" }));
}

describe("ReconcileView", () => {
  it("starts from the review sheet's Net profit column and shows every figure to the cent", async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook(REPS, 0);
    renderView(workbook);
    const range = screen.getByLabelText("Per-rep net profit") as HTMLInputElement;
    await waitFor(() => expect(range.value).toBe("Review!C2:C4"));
    expect(screen.getByText("Net profit column found: Review!C2:C4.")).toBeTruthy();

    await fillAndReconcile(user);
    await screen.findByRole("table", { name: "Reconciliation figures" });
    expect(figureRows("Reconciliation figures")).toEqual([
      ["Σ reps", "1,234,568.19"],
      ["Unassigned", "1,000.50"],
      ["Ledger", "1,235,568.70"],
      ["Variance (Σ reps + unassigned − ledger)", "-0.01"],
      ["Tolerance", "0.01"],
      ["Status", "Within tolerance"],
    ]);
    expect(workbook.reconciled[0]).toMatchObject({
      netProfit: "Review!C2:C4",
      ledger: { kind: "amount", value: 1235568.7 },
      unassigned: { kind: "amount", value: 1000.5 },
      tolerance: 0.01,
      reconciledBy: "Mei Chen",
      locale: "en",
    });
    expect(screen.getByRole("status").textContent).toBe("Within tolerance: variance -0.01. The reconciliation block is at Review!F1:G11.");
  });

  it("enables Allocate only after the user confirms the residue, and passes the confirmed variance", async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook(REPS, 0);
    renderView(workbook);
    await fillAndReconcile(user);

    const allocate = await screen.findByRole("button", { name: "Allocate" });
    expect((allocate as HTMLButtonElement).disabled).toBe(true);
    const confirm = screen.getByRole("checkbox", { name: "The variance is a rounding residue" });
    await user.click(confirm);
    expect((allocate as HTMLButtonElement).disabled).toBe(false);

    // changing the tolerance withdraws the confirmation
    fill("Tolerance", "0.010");
    expect((allocate as HTMLButtonElement).disabled).toBe(true);
    await user.click(confirm);

    await user.click(allocate);
    await waitFor(() => expect(workbook.allocated).toHaveLength(1));
    expect(workbook.allocated[0].confirmedVariance).toBe(-0.01);
    expect(screen.getByRole("status").textContent).toBe(
      "Adjusted net profit written to Review!D2:D4; with the unassigned amount it adds up to the ledger exactly. " +
        "Column D held other data, so a new column was inserted there; that data is now in column E. " +
        "The reconciliation block (name TeleScore_Reconciliation) is at Review!G1:H11.",
    );
    expect((screen.getByRole("button", { name: "Allocate" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers no allocation over the tolerance and says so in words, not colour only", async () => {
    const user = userEvent.setup();
    renderView(new FakeWorkbook(REPS, 0));
    // ledger 1,235,568.60: variance +0.09 > 0.01
    await fillAndReconcile(user, { ledger: "1235568.60" });
    await screen.findByRole("table", { name: "Reconciliation figures" });
    expect(figureRows("Reconciliation figures")[3]).toEqual(["Variance (Σ reps + unassigned − ledger)", "0.09"]);
    expect(figureRows("Reconciliation figures")[5]).toEqual(["Status", "Over the ledger"]);
    expect(screen.getByText(/Find the difference before signing off/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Allocate" })).toBeNull();
    expect(screen.getByRole("status").textContent).toMatch(/^Over the ledger: variance 0\.09\./);
  });

  it("reads the ledger from the selected cell", async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook([100, 200.5], 300.5);
    renderView(workbook);
    const ledger = screen.getByRole("radiogroup", { name: "Ledger total" });
    await user.click(within(ledger).getByRole("radio", { name: "Read a cell" }));
    await user.click(screen.getAllByRole("button", { name: "Use selection" })[1]);
    expect((screen.getByLabelText("Cell holding the ledger total") as HTMLInputElement).value).toBe("Ledger!B2");
    fill(/Reconciled by/, "Li Wei");
    await user.click(screen.getByRole("button", { name: "Reconcile" }));

    await screen.findByRole("table", { name: "Reconciliation figures" });
    expect(workbook.reconciled[0].ledger).toEqual({ kind: "cell", address: "Ledger!B2" });
    expect(workbook.reconciled[0].tolerance).toBe(0); // the default 0.00
    expect(figureRows("Reconciliation figures")[5]).toEqual(["Status", "Balanced"]);
  });

  it("announces what to fix, before and after asking the workbook", async () => {
    const user = userEvent.setup();
    const workbook = new FakeWorkbook(REPS, 0, null);
    renderView(workbook);
    await user.click(screen.getByRole("button", { name: "Reconcile" }));
    expect(screen.getByRole("alert").textContent).toBe("Enter the range of per-rep net profit, or use the selection.");

    await user.click(screen.getByRole("button", { name: "Find the Net profit column" }));
    expect(screen.getByText(/No Net profit column in a table on this sheet/)).toBeTruthy();
    fill("Per-rep net profit", "Review!C2:C4");
    fill("Ledger total amount", "100");
    await user.click(screen.getByRole("button", { name: "Reconcile" }));
    expect(screen.getByRole("alert").textContent).toBe("Enter your name: the reconciliation block records who reconciled.");
    expect(workbook.reconciled).toHaveLength(0);

    fill(/Reconciled by/, "Mei Chen");
    workbook.failWith = new Error('"n/a" is not a number for Review!C3.');
    await user.click(screen.getByRole("button", { name: "Reconcile" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe('"n/a" is not a number for Review!C3.'));

    workbook.failWith = new ExcelUnavailableError();
    await user.click(screen.getByRole("button", { name: "Reconcile" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Excel is not available: open TeleScore in Excel to read and write the sheet."));
  });

  it("speaks Chinese", async () => {
    const user = userEvent.setup();
    renderView(new FakeWorkbook(REPS, 0), "zh-CN");
    fill("账面总额金额", "1235568.70");
    fill("未分配金额", "1000.50");
    fill("容差", "0.01");
    fill(/对账人/, "陈梅");
    await user.click(screen.getByRole("button", { name: "对账" }));
    await screen.findByRole("table", { name: "对账数字" });
    expect(figureRows("对账数字")[0]).toEqual(["坐席合计", "1,234,568.19"]);
    expect(figureRows("对账数字")[5]).toEqual(["状态", "在容差内"]);
    expect(screen.getByRole("status").textContent).toBe("在容差内：差额 -0.01。对账记录位于 Review!F1:G11。");
  });
});
