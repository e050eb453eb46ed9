/**
 * Every text of the Reconcile view, and the messages of its sheet adapter, once per language. Both
 * tables are typed `ReconcileStrings`, so a key missing from either is a compile error. Texts with
 * figures in them are functions; figures arrive already formatted. What the adapter writes on the
 * sheet is in excel/reconcileSheetStrings.ts.
 */
import type { ReconcileStatus } from "../../engine/money";
import type { Translations } from "../../engine/locale";

/** An amount field's label when the amount is typed and when it is read from a cell. */
export interface EntryLabels {
  amount: string;
  cell: string;
}

export interface ReconcileStrings {
  heading: string;
  intro: string;

  netProfitRange: string;
  netProfitHint: string;
  useSelection: string;
  findColumn: string;
  foundColumn: (address: string) => string;
  columnNotFound: string;

  ledger: string;
  unassigned: string;
  byAmount: string;
  byCell: string;
  /** The text field's label, said as a phrase: "Ledger total amount", "Cell holding the ledger total". */
  ledgerEntry: EntryLabels;
  unassignedEntry: EntryLabels;
  tolerance: string;
  toleranceHint: string;
  reconciledBy: string;

  reconcile: string;
  working: string;
  figuresCaption: string;
  sumReps: string;
  unassignedFigure: string;
  ledgerFigure: string;
  variance: string;
  toleranceFigure: string;
  statusLabel: string;
  statusHelp: Record<ReconcileStatus, string>;
  zeroSumReps: string;

  confirmResidue: string;
  allocate: string;
  allocateHint: string;

  reconciled: (status: string, variance: string, block: string) => string;
  allocated: (address: string) => string;
  insertedColumn: (column: string, movedTo: string) => string;
  /** Where the block is after an Allocate (which may have moved it), and the name Excel's Name Box goes to. */
  blockAt: (name: string, address: string) => string;

  errors: {
    needRange: string;
    needLedger: string;
    needName: string;
    notAddress: (text: string) => string;
    oneColumn: (address: string) => string;
    needHeaderRow: (address: string) => string;
    oneCell: (what: string, address: string) => string;
    emptyLedgerCell: (address: string) => string;
    cannotAllocate: (status: string) => string;
    changed: string;
    noExcel: string;
  };

}

const en: ReconcileStrings = {
  heading: "Net profit reconciliation",
  intro: "Check that the net profit credited to reps, plus what was credited to no rep, adds up to the ledger to the cent.",

  netProfitRange: "Per-rep net profit",
  netProfitHint: "One column of amounts below its header, e.g. Review!F2:F101.",
  useSelection: "Use selection",
  findColumn: "Find the Net profit column",
  foundColumn: (address) => `Net profit column found: ${address}.`,
  columnNotFound: "No Net profit column in a table on this sheet. Type the range or select it and use the selection.",

  ledger: "Ledger total",
  unassigned: "Unassigned (orders credited to no rep, optional)",
  byAmount: "Type the amount",
  byCell: "Read a cell",
  ledgerEntry: { amount: "Ledger total amount", cell: "Cell holding the ledger total" },
  unassignedEntry: { amount: "Unassigned amount", cell: "Cell holding the unassigned amount" },
  tolerance: "Tolerance",
  toleranceHint: "The largest variance you accept as a rounding residue. 0.00 means the figures must match exactly.",
  reconciledBy: "Reconciled by",

  reconcile: "Reconcile",
  working: "Working…",
  figuresCaption: "Reconciliation figures",
  sumReps: "Σ reps",
  unassignedFigure: "Unassigned",
  ledgerFigure: "Ledger",
  variance: "Variance (Σ reps + unassigned − ledger)",
  toleranceFigure: "Tolerance",
  statusLabel: "Status",
  statusHelp: {
    balanced: "The reps and the unassigned amount add up to the ledger exactly.",
    within_tolerance: "The variance is no larger than the tolerance. If it is a rounding residue, allocate it.",
    over: "The reps were credited more than the ledger holds, by more than the tolerance. Find the difference before signing off.",
    under: "The reps were credited less than the ledger holds, by more than the tolerance. Find the difference before signing off.",
  },
  zeroSumReps: "The reps' amounts add up to 0, so they give no proportions to allocate by.",

  confirmResidue: "The variance is a rounding residue",
  allocate: "Allocate",
  allocateHint: "Writes an Adjusted net profit column next to the original that adds up to the ledger exactly. The original stays as it is.",

  reconciled: (status, variance, block) => `${status}: variance ${variance}. The reconciliation block is at ${block}.`,
  allocated: (address) => `Adjusted net profit written to ${address}; with the unassigned amount it adds up to the ledger exactly.`,
  insertedColumn: (column, movedTo) => `Column ${column} held other data, so a new column was inserted there; that data is now in column ${movedTo}.`,
  blockAt: (name, address) => `The reconciliation block (name ${name}) is at ${address}.`,

  errors: {
    needRange: "Enter the range of per-rep net profit, or use the selection.",
    needLedger: "Enter the ledger total, or the cell that holds it.",
    needName: "Enter your name: the reconciliation block records who reconciled.",
    notAddress: (text) => `"${text}" is not a range address. Write it as Review!F2:F101, or select the cells and use the selection.`,
    oneColumn: (address) => `${address} is more than one column. Pick the one column of net profit amounts.`,
    needHeaderRow: (address) => `${address} starts in row 1. Pick the amounts below their header, so the adjusted column can get its own header.`,
    oneCell: (what, address) => `${what} must be one cell; ${address} is several.`,
    emptyLedgerCell: (address) => `The ledger cell ${address} is empty. Enter the ledger total there, or type it.`,
    cannotAllocate: (status) => `Allocation is only for a variance within the tolerance; the status is now: ${status}.`,
    changed: "The figures on the sheet changed since you reconciled. Reconcile again and check the new variance before allocating.",
    noExcel: "Excel is not available: open TeleScore in Excel to read and write the sheet.",
  },
};

const zh: ReconcileStrings = {
  heading: "净利润对账",
  intro: "核对计入各坐席的净利润加上未计入任何坐席的部分，是否与账面总额一致，精确到分。",

  netProfitRange: "各坐席净利润",
  netProfitHint: "表头下方的一列金额，例如 考核!F2:F101。",
  useSelection: "使用所选区域",
  findColumn: "查找净利润列",
  foundColumn: (address) => `已找到净利润列：${address}。`,
  columnNotFound: "本工作表的表格中没有净利润列。请输入区域，或选中后点击“使用所选区域”。",

  ledger: "账面总额",
  unassigned: "未分配（未计入任何坐席的订单，可选）",
  byAmount: "输入金额",
  byCell: "读取单元格",
  ledgerEntry: { amount: "账面总额金额", cell: "账面总额所在单元格" },
  unassignedEntry: { amount: "未分配金额", cell: "未分配金额所在单元格" },
  tolerance: "容差",
  toleranceHint: "可作为舍入尾差接受的最大差额。0.00 表示必须完全一致。",
  reconciledBy: "对账人",

  reconcile: "对账",
  working: "正在处理…",
  figuresCaption: "对账数字",
  sumReps: "坐席合计",
  unassignedFigure: "未分配",
  ledgerFigure: "账面",
  variance: "差额（坐席合计 + 未分配 − 账面）",
  toleranceFigure: "容差",
  statusLabel: "状态",
  statusHelp: {
    balanced: "坐席合计加未分配金额与账面完全一致。",
    within_tolerance: "差额不超过容差。如果是舍入尾差，可以进行分摊。",
    over: "计入坐席的金额比账面多，且超过容差。请先查明差异再签字确认。",
    under: "计入坐席的金额比账面少，且超过容差。请先查明差异再签字确认。",
  },
  zeroSumReps: "各坐席金额合计为 0，无法按比例分摊。",

  confirmResidue: "差额是舍入尾差",
  allocate: "分摊",
  allocateHint: "在原列旁写入“调整后净利润”列，其合计与账面完全一致。原列保持不变。",

  reconciled: (status, variance, block) => `${status}：差额 ${variance}。对账记录位于 ${block}。`,
  allocated: (address) => `调整后净利润已写入 ${address}；加上未分配金额后与账面完全一致。`,
  insertedColumn: (column, movedTo) => `${column} 列原有其他数据，因此在该处插入了新列；原数据现位于 ${movedTo} 列。`,
  blockAt: (name, address) => `对账记录（名称 ${name}）位于 ${address}。`,

  errors: {
    needRange: "请输入各坐席净利润所在区域，或使用所选区域。",
    needLedger: "请输入账面总额，或其所在的单元格。",
    needName: "请输入您的姓名：对账记录需要注明对账人。",
    notAddress: (text) => `“${text}”不是区域地址。请写成 考核!F2:F101 的形式，或选中单元格后使用所选区域。`,
    oneColumn: (address) => `${address} 超过一列。请只选择净利润金额所在的一列。`,
    needHeaderRow: (address) => `${address} 从第 1 行开始。请选择表头下方的金额，以便调整后的列有自己的表头。`,
    oneCell: (what, address) => `${what}必须是一个单元格；${address} 包含多个单元格。`,
    emptyLedgerCell: (address) => `账面单元格 ${address} 为空。请在其中填写账面总额，或直接输入。`,
    cannotAllocate: (status) => `只有差额在容差内时才能分摊；当前状态为：${status}。`,
    changed: "自上次对账后工作表上的数字已改变。请重新对账并核对新的差额后再分摊。",
    noExcel: "Excel 不可用：请在 Excel 中打开 TeleScore 以读写工作表。",
  },
};

const zhHant: ReconcileStrings = {
  heading: "淨利對帳",
  intro: "核對計入各電銷人員的淨利加上未計入任何電銷人員的部分，是否與帳面總額一致，精確到分。",

  netProfitRange: "各電銷人員淨利",
  netProfitHint: "標題下方的一欄金額，例如 考核!F2:F101。",
  useSelection: "使用所選範圍",
  findColumn: "尋找淨利欄",
  foundColumn: (address) => `已找到淨利欄：${address}。`,
  columnNotFound: "本工作表的表格中沒有淨利欄。請輸入範圍，或選取後按一下「使用所選範圍」。",

  ledger: "帳面總額",
  unassigned: "未分配（未計入任何電銷人員的訂單，可選）",
  byAmount: "輸入金額",
  byCell: "讀取儲存格",
  ledgerEntry: { amount: "帳面總額金額", cell: "帳面總額所在儲存格" },
  unassignedEntry: { amount: "未分配金額", cell: "未分配金額所在儲存格" },
  tolerance: "容許誤差",
  toleranceHint: "可視為四捨五入尾差而接受的最大差額。0.00 表示必須完全一致。",
  reconciledBy: "對帳人",

  reconcile: "對帳",
  working: "正在處理…",
  figuresCaption: "對帳數字",
  sumReps: "電銷人員合計",
  unassignedFigure: "未分配",
  ledgerFigure: "帳面",
  variance: "差額（電銷人員合計 + 未分配 − 帳面）",
  toleranceFigure: "容許誤差",
  statusLabel: "狀態",
  statusHelp: {
    balanced: "電銷人員合計加未分配金額與帳面完全一致。",
    within_tolerance: "差額不超過容許誤差。如果是四捨五入的尾差，可以進行分攤。",
    over: "計入電銷人員的金額比帳面多，且超過容許誤差。請先查明差異再簽核。",
    under: "計入電銷人員的金額比帳面少，且超過容許誤差。請先查明差異再簽核。",
  },
  zeroSumReps: "各電銷人員金額合計為 0，無法依比例分攤。",

  confirmResidue: "差額是四捨五入的尾差",
  allocate: "分攤",
  allocateHint: "在原欄旁寫入「調整後淨利」欄，其合計與帳面完全一致。原欄保持不變。",

  reconciled: (status, variance, block) => `${status}：差額 ${variance}。對帳紀錄位於 ${block}。`,
  blockAt: (name, address) => `對帳紀錄（名稱 ${name}）位於 ${address}。`,
  allocated: (address) => `調整後淨利已寫入 ${address}；加上未分配金額後與帳面完全一致。`,
  insertedColumn: (column, movedTo) => `${column} 欄原有其他資料，因此在該處插入了新欄；原資料現位於 ${movedTo} 欄。`,

  errors: {
    needRange: "請輸入各電銷人員淨利所在範圍，或使用所選範圍。",
    needLedger: "請輸入帳面總額，或其所在的儲存格。",
    needName: "請輸入您的姓名：對帳紀錄需要註明對帳人。",
    notAddress: (text) => `「${text}」不是範圍位址。請寫成 考核!F2:F101 的形式，或選取儲存格後使用所選範圍。`,
    oneColumn: (address) => `${address} 超過一欄。請只選取淨利金額所在的一欄。`,
    needHeaderRow: (address) => `${address} 從第 1 列開始。請選取標題下方的金額，讓調整後的欄有自己的標題。`,
    oneCell: (what, address) => `${what}必須是一個儲存格；${address} 包含多個儲存格。`,
    emptyLedgerCell: (address) => `帳面儲存格 ${address} 為空。請在其中填寫帳面總額，或直接輸入。`,
    cannotAllocate: (status) => `只有差額在容許誤差內時才能分攤；目前狀態為：${status}。`,
    changed: "自上次對帳後工作表上的數字已改變。請重新對帳並核對新的差額後再分攤。",
    noExcel: "Excel 不可用：請在 Excel 中開啟 TeleScore 以讀寫工作表。",
  },
};

export const RECONCILE_STRINGS: Translations<ReconcileStrings> = { en, zh, "zh-Hant": zhHant };
