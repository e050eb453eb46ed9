/**
 * The TeleScore fields of a rep-period table (docs/review.md, "The rep-period table"): what each column of the team's
 * own data can mean, the header texts (English and Chinese) that say so, what kind of value it holds,
 * and which policy metric reads it. Synonyms are written as people type them; headerMapping.ts
 * normalises both sides before comparing.
 */
import type { Localized } from "../locale";

export type FieldKey =
  | "repId"
  | "repName"
  | "position"
  | "period"
  | "calls"
  | "answered"
  | "talkMinutes"
  | "customers"
  | "workdays"
  | "leaveDays"
  | "revenue"
  | "salesTarget"
  | "cost"
  | "refunds"
  | "afterSalesCost"
  | "complaintCost"
  | "profitTarget"
  | "satisfaction"
  | "teamBuilding"
  | "customerService"
  | "salesSkills"
  | "quality";

/**
 * How a cell of the field is read: "text" as trimmed text; "period" as a month; "count", "days",
 * "rating" and "score" as numbers of 0 or more; "duration" as minutes (units from the header or the
 * cell format); "money" as any number (a loss or a late refund may be negative); "percent" as CSAT %.
 */
export type FieldKind = "text" | "period" | "count" | "days" | "duration" | "money" | "percent" | "rating" | "score";

/** A column meaning: its key, display names, and the header texts that select it. */
export interface FieldDef<K extends string = string> {
  key: K;
  label: Localized;
  synonyms: readonly string[];
}

export interface TeleField extends FieldDef<FieldKey> {
  kind: FieldKind;
}

/** A field with its name in each language; each name is a synonym too, so a table TeleScore wrote in any of them reads back. */
const field = (key: FieldKey, kind: FieldKind, [en, zh, hant]: [string, string, string], synonyms: string[]): TeleField => ({
  key,
  kind,
  label: { en, zh, "zh-Hant": hant },
  synonyms: [en, zh, hant, ...synonyms],
});

/**
 * Order matters only for ties in a contained-synonym match (the earlier field wins), which is why
 * the rep id comes before the name ("坐席编号" holds both 坐席 and 编号).
 */
export const TELE_FIELDS: readonly TeleField[] = [
  field("repId", "text", ["Rep ID", "工号", "員工編號"], [
    "id", "rep id", "agent id", "employee id", "employee no", "staff id", "emp id", "user id", "operator id",
    "员工编号", "坐席工号", "员工号", "编号", "坐席编号", "人员编号", "工号id",
  ]),
  field("repName", "text", ["Name", "姓名", "姓名"], [
    "rep", "rep name", "agent", "agent name", "name", "employee", "employee name", "staff name", "representative",
    "sales rep", "坐席", "员工姓名", "坐席姓名", "员工", "业务员", "销售员", "名字", "坐席名称",
  ]),
  field("position", "text", ["Position", "岗位", "職位"], ["role", "job title", "title", "level", "职位", "职级", "岗位级别", "岗位名称"]),
  field("period", "period", ["Period", "月份", "月份"], ["month", "date", "report month", "期间", "月度", "日期", "统计月份", "考核月份", "年月", "考核期间"]),
  field("calls", "count", ["Calls", "呼出量", "外撥通數"], [
    "calls dialed", "dialed calls", "outbound calls", "call count", "number of calls", "total calls", "dials",
    "拨打量", "外呼数", "外呼量", "呼出数", "拨打数", "拨打次数", "呼叫量", "外呼次数", "呼出次数",
  ]),
  field("answered", "count", ["Answered calls", "接通数", "接通數"], ["answered", "connected calls", "calls answered", "接通量", "接通次数", "接通电话数"]),
  field("talkMinutes", "duration", ["Talk minutes", "通话时长", "通話時間"], [
    "talk time", "talk duration", "talk seconds", "total talk time", "call duration", "talk",
    "通话分钟", "通话时间", "通话分钟数", "通话秒数", "通话总时长", "总通话时长",
  ]),
  field("customers", "count", ["Customers", "客户数", "客戶數"], ["customers handled", "clients", "customer count", "处理客户数", "服务客户数", "客户量", "接待客户数"]),
  field("workdays", "days", ["Workdays", "出勤天数", "出勤天數"], ["working days", "work days", "attendance days", "工作日", "工作日数", "应出勤天数", "工作天数"]),
  field("leaveDays", "days", ["Leave days", "请假天数", "請假天數"], [
    "leave", "days off", "absence days", "absence", "sick leave", "personal leave", "请假", "病假", "事假", "休假天数", "缺勤天数",
  ]),
  field("revenue", "money", ["Revenue", "销售额", "銷售額"], ["sales", "sales amount", "sales revenue", "销售收入", "营业额", "业绩", "成交金额", "销售业绩"]),
  field("salesTarget", "money", ["Sales target", "销售目标", "銷售目標"], [
    "revenue target", "target revenue", "sales quota", "quota", "目标销售额", "销售额目标", "业绩目标", "销售指标",
  ]),
  field("cost", "money", ["Cost", "成本", "成本"], ["costs", "cost of sales", "sales cost", "销售成本"]),
  field("refunds", "money", ["Refunds", "退款", "退款"], ["refund", "returns", "退款金额", "退货退款"]),
  field("afterSalesCost", "money", ["After-sales cost", "售后成本", "售後成本"], ["after sales cost", "aftersales cost", "service cost", "售后费用"]),
  field("complaintCost", "money", ["Complaint cost", "投诉赔偿", "客訴賠償"], ["complaint compensation", "compensation", "投诉成本", "赔偿金额", "投诉赔偿金"]),
  field("profitTarget", "money", ["Profit target", "利润目标", "利潤目標"], ["net profit target", "target profit", "目标利润", "净利润目标"]),
  field("satisfaction", "percent", ["CSAT", "满意度", "滿意度"], ["satisfaction", "customer satisfaction", "客户满意度", "满意率"]),
  field("teamBuilding", "rating", ["Team building", "团队建设", "團隊建設"], ["team building rating", "团队建设评分"]),
  field("customerService", "rating", ["Customer service", "客户服务", "客戶服務"], ["customer service rating", "客户服务评分"]),
  field("salesSkills", "rating", ["Sales skills", "销售技巧", "銷售技巧"], ["sales skills rating", "销售技能", "销售技巧评分"]),
  field("quality", "score", ["Quality score", "质量评分", "品質評分"], ["quality", "质量得分", "素质评分", "季度质量评分"]),
];

/** Each inner list is a choice: one of its fields must be mapped (a rep is known by id or by name). */
export const REQUIRED_FIELDS: readonly (readonly FieldKey[])[] = [["repId", "repName"], ["position"], ["period"]];

export function teleField(key: FieldKey): TeleField {
  return TELE_FIELDS.find((f) => f.key === key) as TeleField;
}

/** The money columns of NET_PROFIT(revenue, cost, [refunds], [after_sales_cost], [complaint_cost]), in its order. */
export const NET_PROFIT_TERMS = ["revenue", "cost", "refunds", "afterSalesCost", "complaintCost"] as const satisfies readonly FieldKey[];

/** Where a default metric's actual comes from: one field, or NET_PROFIT over the money columns. */
export type ActualSource = FieldKey | "netProfit";

/**
 * The default metrics (docs/method.md, "What is scored") and the fields that feed them: the actual,
 * for "target"-scored metrics the per-rep target, and for a metric the functions score by the
 * policy's own rule (SALES_SCORE, PROFIT_SCORE) that function, which a live month writes for its
 * points. Metrics a policy adds have no field and show as missing. Declared once here; the review
 * reads every metric through it.
 */
export const METRIC_SOURCES: Readonly<Record<string, { actual: ActualSource; target?: FieldKey; score?: "TELE.SALES_SCORE" | "TELE.PROFIT_SCORE" }>> = {
  calls: { actual: "calls" },
  talk_minutes: { actual: "talkMinutes" },
  customers: { actual: "customers" },
  revenue: { actual: "revenue", target: "salesTarget", score: "TELE.SALES_SCORE" },
  net_profit: { actual: "netProfit", target: "profitTarget", score: "TELE.PROFIT_SCORE" },
  satisfaction: { actual: "satisfaction" },
  team_building: { actual: "teamBuilding" },
  customer_service: { actual: "customerService" },
  sales_skills: { actual: "salesSkills" },
};
