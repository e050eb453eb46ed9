/** @jest-environment jsdom */
/**
 * The Scorecards section of the Review view against the fake port: the review sheets listed newest
 * first, the chosen one made into scorecards in the pane's language with progress in pages and
 * Cancel, the outcome in words, and the adapter's errors said in the user's language.
 */
import "../../support/jsdomSetup";
import { act, screen, within } from "@testing-library/react";
import { ScorecardError, type ScorecardOutcome } from "../../../src/taskpane/review/scorecard/excel/scorecardSheet";
import { FakeReviewWorkbook, fastUser, renderReview } from "./fakeReviewWorkbook";

jest.setTimeout(15_000);

function workbook(): FakeReviewWorkbook {
  const fake = new FakeReviewWorkbook([], []);
  fake.reviews = [
    { table: "TeleScoreReview_2026_Q3", period: "2026-Q3", sheetName: "Review 2026-Q3" },
    { table: "TeleScoreReview_2026_07", period: "2026-07", sheetName: "Review 2026-07" },
  ];
  return fake;
}

const outcome = (over: Partial<ScorecardOutcome> = {}): ScorecardOutcome => ({
  sheets: ["Scorecards 2026-07"],
  reps: 24,
  kept: 0,
  regenerated: false,
  leftAsTheyWere: [],
  policy: { name: "TeleScore default", revision: 2 },
  reviewPolicy: null,
  differsFromReview: { reps: 0, names: [] },
  notCompared: { reps: 0, names: [] },
  ...over,
});

it("makes the chosen review's scorecards with progress in pages, then says where they are", async () => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake);
  await user.click(screen.getByRole("button", { name: "Rep scorecards" }));
  const select = (await screen.findByRole("combobox", { name: "Review sheet" })) as HTMLSelectElement;
  await screen.findByRole("option", { name: "Review 2026-07 (2026-07)" });
  expect(select.value).toBe("TeleScoreReview_2026_Q3");
  await user.selectOptions(select, "TeleScoreReview_2026_07");
  await user.click(screen.getByRole("button", { name: "Make scorecards" }));

  expect(fake.scorecards).toHaveLength(1);
  expect(fake.scorecards[0].options).toMatchObject({ review: "TeleScoreReview_2026_07", locale: "en" });
  act(() => fake.scorecards[0].options.onProgress!(1200, 5000, "writing"));
  expect(screen.getByText("Writing pages: 1,200 of 5,000")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
  await act(async () => fake.scorecards[0].resolve(outcome({ regenerated: true, kept: 2, reviewPolicy: { name: "TeleScore default", revision: 1 } })));

  expect(screen.getByText("Scorecards updated in place for 24 reps on “Scorecards 2026-07”; what was written on them is kept.")).toBeTruthy();
  expect(screen.getByText(/^2 pages of reps no longer in the review/)).toBeTruthy();
  expect(screen.getByText(/made with policy revision 1; the scorecards use revision 2/)).toBeTruthy();
});

it("cancels, and says an adapter's refusal in Chinese", async () => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake, "zh");
  await user.click(screen.getByRole("button", { name: "员工评分卡" }));
  await screen.findByRole("option", { name: "Review 2026-Q3（2026-Q3）" });
  await user.click(screen.getByRole("button", { name: "生成评分卡" }));
  await user.click(screen.getByRole("button", { name: "取消" }));
  expect(await screen.findByText("已取消：没有添加评分卡工作表。")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "生成评分卡" }));
  expect(fake.scorecards[1].options.locale).toBe("zh");
  await act(async () => fake.scorecards[1].reject(new ScorecardError("noReview", "There is no review")));
  const section = screen.getByRole("region", { name: "员工评分卡" });
  expect(within(section).getByRole("alert").textContent).toBe("该考核表已不在工作簿中（或其考核表格已转换为普通区域）。请重新生成考核表。");
});

it("says there is no review sheet yet, and offers nothing to make", async () => {
  const user = fastUser();
  const fake = new FakeReviewWorkbook([], []);
  renderReview(fake);
  await user.click(screen.getByRole("button", { name: "Rep scorecards" }));
  expect(await screen.findByText("No review sheet yet: generate a review above first.")).toBeTruthy();
  expect((screen.getByRole("button", { name: "Make scorecards" }) as HTMLButtonElement).disabled).toBe(true);
});

it.each([
  [
    "en",
    "Rep scorecards",
    "Make scorecards",
    "The total differs from the review sheet for 5 of the reps (Li Wei, Wang Fang, Zhang Min…): the data or the sheet changed since the review was made. Their pages say so. Generate the review again so that the scorecards and the review agree.",
    "The review sheet shows an error instead of the total for 1 of the reps (Chen Jie), for example #NAME? where the TeleScore add-in is not loaded, so their pages could not be checked against it.",
  ],
  [
    "zh",
    "员工评分卡",
    "生成评分卡",
    "5 名员工（Li Wei、Wang Fang、Zhang Min…）的总分与考核表不一致：考核表生成后数据或考核表有变动，其评分卡页面已注明。请重新生成考核表，使评分卡与考核表一致。",
    "考核表上 1 名员工（Chen Jie）的总分显示为错误值（例如未加载 TeleScore 加载项时），因此无法与其评分卡核对。",
  ],
] as const)("says (%s) which reps' pages differ from the review sheet and which could not be compared", async (locale, section, make, differs, notCompared) => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake, locale);
  await user.click(screen.getByRole("button", { name: section }));
  await screen.findAllByRole("option");
  await user.click(screen.getByRole("button", { name: make }));
  await act(async () =>
    fake.scorecards[0].resolve(outcome({ differsFromReview: { reps: 5, names: ["Li Wei", "Wang Fang", "Zhang Min"] }, notCompared: { reps: 1, names: ["Chen Jie"] } })),
  );
  expect(screen.getByText(differs)).toBeTruthy();
  expect(screen.getByText(notCompared)).toBeTruthy();
});
