/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { setPolicy } from "../../../src/engine/policyStore";
import { renderApp, tableRows } from "../../support/renderApp";

beforeEach(() => {
  localStorage.clear();
  setPolicy(defaultPolicy());
});

const METRIC_HEADER = ["Metric", "Weight (%)", "Direction", "Floor", "Cap", "Target"];

describe("the default policy in English (docs/method.md: The default policy)", () => {
  beforeEach(() => renderApp("en-US"));

  it("shows the dimension weights 30 / 50 / 20", () => {
    expect(tableRows("Dimension weights in the total score")).toEqual([
      ["Dimension", "Weight (%)"],
      ["Workload", "30"],
      ["Sales results", "50"],
      ["Key initiatives", "20"],
    ]);
  });

  it("shows every metric with weight, direction, floor 0, cap 1.2 and what it is measured against", () => {
    expect(tableRows("Workload (30% of the total): metrics")).toEqual([
      METRIC_HEADER,
      ["Calls dialed", "40", "Higher is better", "0", "1.2", "Position baseline"],
      ["Talk minutes", "30", "Higher is better", "0", "1.2", "Position baseline"],
      ["Customers handled", "30", "Higher is better", "0", "1.2", "Position baseline"],
    ]);
    // CSAT's fixed target is 90 (%): shown as 90%.
    expect(tableRows("Sales results (50% of the total): metrics")).toEqual([
      METRIC_HEADER,
      ["Revenue", "50", "Higher is better", "0", "1.2", "Per rep"],
      ["Net profit", "30", "Higher is better", "0", "1.2", "Per rep"],
      ["Customer satisfaction (CSAT %)", "20", "Higher is better", "0", "1.2", "90%"],
    ]);
    // Ratings run 1..ratingScale = 1..5.
    expect(tableRows("Key initiatives (20% of the total): metrics")).toEqual([
      METRIC_HEADER,
      ["Team building", "30", "Higher is better", "0", "1.2", "Rating 1 to 5"],
      ["Customer service", "40", "Higher is better", "0", "1.2", "Rating 1 to 5"],
      ["Sales skills", "30", "Higher is better", "0", "1.2", "Rating 1 to 5"],
    ]);
  });

  it("shows the baselines per position and flat seasonal factors", () => {
    expect(tableRows("Monthly baseline per position")).toEqual([
      ["Position", "Calls dialed", "Talk minutes", "Customers handled"],
      ["Junior", "1,800", "1,500", "120"],
      ["Senior", "2,000", "1,800", "160"],
      ["Team Lead", "1,000", "900", "80"],
    ]);
    const ones = Array<string>(12).fill("1");
    expect(tableRows("Seasonal factors per position, January to December")).toEqual([
      ["Position", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
      ["Junior", ...ones],
      ["Senior", ...ones],
      ["Team Lead", ...ones],
    ]);
  });

  it("shows the grade bands as a partition of the score line", () => {
    // A >= 90, B >= 80, C >= 70, D >= 60, else E; each band runs up to the next one's bound.
    expect(tableRows("Grade by total score, rounded to 2 decimals")).toEqual([
      ["Grade", "Total score"],
      ["A", "90 or more"],
      ["B", "80 to under 90"],
      ["C", "70 to under 80"],
      ["D", "60 to under 70"],
      ["E", "Under 60"],
    ]);
  });

  it("shows min_presence, the quarter quality weight and the rating scale", () => {
    const section = screen.getByRole("region", { name: "Evaluation settings" });
    const terms = within(section).getAllByRole("term").map((e) => e.textContent);
    const values = within(section).getAllByRole("definition").map((e) => e.textContent);
    // min_presence 0.5 = 50%; quality weight 0.3 = 30%.
    expect(Object.fromEntries(terms.map((term, i) => [term, values[i]]))).toEqual({
      Policy: "TeleScore default",
      Revision: "1",
      "Minimum presence (share of workdays)": "50%",
      "Quality weight in the quarter score": "30%",
      "Rating scale": "1 to 5",
      "Satisfaction (CSAT) method": "Share of the top two ratings",
    });
  });
});

describe("following the store", () => {
  /** The default policy with workload 35 / sales 45, calls 50 / talk minutes 20, and a new unlabeled metric. */
  function modified(): Policy {
    const policy = defaultPolicy();
    const [workload, sales] = policy.dimensions;
    workload!.weight = 35;
    sales!.weight = 45;
    workload!.metrics[0]!.weight = 50;
    workload!.metrics[1]!.weight = 20;
    delete workload!.metrics[2]!.label;
    // revenue 40 + net_profit 30 + satisfaction 20 + complaint_rate 10 = 100
    sales!.metrics[0]!.weight = 40;
    sales!.metrics.push({ key: "complaint_rate", weight: 10, direction: "lower", floor: 0, cap: 1.5, scoring: "fixed", unit: "percent", target: 2 });
    policy.revision = 2;
    return policy;
  }

  it("re-renders with the new weights when the policy changes", () => {
    renderApp("en-US");
    expect(tableRows("Workload (30% of the total): metrics")[1]).toEqual(["Calls dialed", "40", "Higher is better", "0", "1.2", "Position baseline"]);

    act(() => setPolicy(modified()));

    expect(tableRows("Dimension weights in the total score")).toEqual([
      ["Dimension", "Weight (%)"],
      ["Workload", "35"],
      ["Sales results", "45"],
      ["Key initiatives", "20"],
    ]);
    // Customers lost its label: the key stands in, in the metrics table and the baselines header.
    expect(tableRows("Workload (35% of the total): metrics").slice(1)).toEqual([
      ["Calls dialed", "50", "Higher is better", "0", "1.2", "Position baseline"],
      ["Talk minutes", "20", "Higher is better", "0", "1.2", "Position baseline"],
      ["customers", "30", "Higher is better", "0", "1.2", "Position baseline"],
    ]);
    expect(tableRows("Monthly baseline per position")[0]).toEqual(["Position", "Calls dialed", "Talk minutes", "customers"]);
    expect(tableRows("Sales results (45% of the total): metrics").slice(1)).toEqual([
      ["Revenue", "40", "Higher is better", "0", "1.2", "Per rep"],
      ["Net profit", "30", "Higher is better", "0", "1.2", "Per rep"],
      ["Customer satisfaction (CSAT %)", "20", "Higher is better", "0", "1.2", "90%"],
      ["complaint_rate", "10", "Lower is better", "0", "1.5", "2%"],
    ]);
    expect(screen.queryByRole("table", { name: "Workload (30% of the total): metrics" })).toBeNull();
  });
});
