/**
 * Every text the pane shows, once per language. Both tables are typed `Strings`, so a key
 * missing from either is a compile error. Texts with numbers in them are functions, so each
 * language can put the number where its grammar wants it; numbers arrive already formatted.
 */
import type { Locale } from "./locale";

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  language: string;
  loading: string;

  summaryHeading: string;
  policyName: string;
  revision: string;
  minPresence: string;
  quarterQualityWeight: string;
  ratingScale: string;
  ratingRange: (max: string) => string;
  csatMethod: string;
  csatTop2: string;
  csatMean: string;

  dimensionsHeading: string;
  dimensionsCaption: string;
  dimension: string;
  weightPercent: string;

  metricsCaption: (dimension: string, weight: string) => string;
  metricsNote: string;
  metric: string;
  direction: string;
  higherIsBetter: string;
  lowerIsBetter: string;
  floor: string;
  cap: string;
  target: string;
  targetPerRep: string;
  targetBaseline: string;
  targetRating: (max: string) => string;

  baselinesHeading: string;
  baselinesCaption: string;
  seasonalCaption: string;
  position: string;
  notSet: string;

  bandsHeading: string;
  bandsCaption: string;
  grade: string;
  totalScore: string;
  bandAtLeast: (min: string) => string;
  bandBetween: (min: string, below: string) => string;
  bandBelow: (below: string) => string;
  bandAny: string;
}

const en: Strings = {
  appTitle: "TeleScore",
  appSubtitle: "Weight policy",
  language: "Language",
  loading: "Loading the policy…",

  summaryHeading: "Evaluation settings",
  policyName: "Policy",
  revision: "Revision",
  minPresence: "Minimum presence (share of workdays)",
  quarterQualityWeight: "Quality weight in the quarter score",
  ratingScale: "Rating scale",
  ratingRange: (max) => `1 to ${max}`,
  csatMethod: "Satisfaction (CSAT) method",
  csatTop2: "Share of the top two ratings",
  csatMean: "Mean rating",

  dimensionsHeading: "Dimensions and metrics",
  dimensionsCaption: "Dimension weights in the total score",
  dimension: "Dimension",
  weightPercent: "Weight (%)",

  metricsCaption: (dimension, weight) => `${dimension} (${weight}% of the total): metrics`,
  metricsNote: "Floor and cap bound attainment, actual ÷ target, where 1 earns 100 points.",
  metric: "Metric",
  direction: "Direction",
  higherIsBetter: "Higher is better",
  lowerIsBetter: "Lower is better",
  floor: "Floor",
  cap: "Cap",
  target: "Target",
  targetPerRep: "Per rep",
  targetBaseline: "Position baseline",
  targetRating: (max) => `Rating 1 to ${max}`,

  baselinesHeading: "Baselines per position",
  baselinesCaption: "Monthly baseline per position",
  seasonalCaption: "Seasonal factors per position, January to December",
  position: "Position",
  notSet: "Not set",

  bandsHeading: "Grade bands",
  bandsCaption: "Grade by total score, rounded to 2 decimals",
  grade: "Grade",
  totalScore: "Total score",
  bandAtLeast: (min) => `${min} or more`,
  bandBetween: (min, below) => `${min} to under ${below}`,
  bandBelow: (below) => `Under ${below}`,
  bandAny: "Any score",
};

const zh: Strings = {
  appTitle: "TeleScore",
  appSubtitle: "权重方案",
  language: "语言",
  loading: "正在加载权重方案…",

  summaryHeading: "考核设置",
  policyName: "方案",
  revision: "版本",
  minPresence: "最低出勤比例（占工作日）",
  quarterQualityWeight: "季度得分中的质量权重",
  ratingScale: "评分等级",
  ratingRange: (max) => `1 至 ${max} 分`,
  csatMethod: "客户满意度计算方式",
  csatTop2: "最高两档评分占比",
  csatMean: "平均评分",

  dimensionsHeading: "考核维度与指标",
  dimensionsCaption: "各维度在总分中的权重",
  dimension: "维度",
  weightPercent: "权重（%）",

  metricsCaption: (dimension, weight) => `${dimension}（占总分 ${weight}%）的指标`,
  metricsNote: "下限与上限约束完成率（实际 ÷ 目标），完成率为 1 时得 100 分。",
  metric: "指标",
  direction: "方向",
  higherIsBetter: "越高越好",
  lowerIsBetter: "越低越好",
  floor: "下限",
  cap: "上限",
  target: "目标",
  targetPerRep: "按人设定",
  targetBaseline: "岗位基准数",
  targetRating: (max) => `评分 1 至 ${max}`,

  baselinesHeading: "岗位基准数",
  baselinesCaption: "各岗位每月基准数",
  seasonalCaption: "各岗位季节系数（1 月至 12 月）",
  position: "岗位",
  notSet: "未设置",

  bandsHeading: "等级划分",
  bandsCaption: "按总分（四舍五入到两位小数）评定等级",
  grade: "等级",
  totalScore: "总分",
  bandAtLeast: (min) => `${min} 分及以上`,
  bandBetween: (min, below) => `${min} 分至不足 ${below} 分`,
  bandBelow: (below) => `不足 ${below} 分`,
  bandAny: "任意分数",
};

export const STRINGS: Record<Locale, Strings> = { en, zh };
