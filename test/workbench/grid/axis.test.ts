/** The grid's axes: where rows and columns are, and which ones a scrolled viewport shows. */
import { Axis, pixels } from "../../../src/workbench/grid/axis";

it("converts points to screen pixels at 96 per inch", () => {
  // 15 pt × 4/3 = 20 px; 48 pt × 4/3 = 64 px; 8.25 pt × 4/3 = 11 px
  expect([pixels(15), pixels(48), pixels(8.25)]).toEqual([20, 64, 11]);
});

describe("an axis of 10 rows of 20 px, row 3 being 50 px", () => {
  const axis = new Axis(10, (i) => (i === 3 ? 50 : 20));

  it("knows where each row starts and how long it all is", () => {
    // 20 + 20 + 20 = 60 before row 3; 60 + 50 = 110 before row 4; 9 × 20 + 50 = 230 in all
    expect([axis.start(3), axis.start(4), axis.size(3), axis.total]).toEqual([60, 110, 50, 230]);
    expect([axis.indexAt(0), axis.indexAt(59), axis.indexAt(60), axis.indexAt(109), axis.indexAt(110), axis.indexAt(10_000)]).toEqual([0, 2, 3, 3, 4, 9]);
  });

  it("shows the rows a viewport covers, after the frozen ones", () => {
    // 70 px scrolled by 0: rows 0..3 (row 3 spans 60..110)
    expect(axis.visible(0, 70, 0)).toEqual({ first: 0, last: 3 });
    // scrolled by 100 with row 0 frozen: the scrolling rows start under it, at 100 + 20 = 120 (row 4), up to 170 (row 6)
    expect(axis.visible(100, 70, 1)).toEqual({ first: 4, last: 6 });
    // with 2 rows of overscan on each side, never past the ends or into the frozen rows
    expect(axis.visible(100, 70, 1, 2)).toEqual({ first: 2, last: 8 });
  });

  it("scrolls just enough to bring a row into view", () => {
    // row 8 spans 190..210; a 70 px viewport must start at 210 − 70 = 140
    expect(axis.scrollTo(8, 0, 70, 0)).toBe(140);
    // back up to row 2 (40..60): the viewport starts at 40, or at 40 − 20 under one frozen row
    expect(axis.scrollTo(2, 140, 70, 0)).toBe(40);
    expect(axis.scrollTo(2, 140, 70, 1)).toBe(20);
    // a row in view, or a frozen one, does not scroll
    expect(axis.scrollTo(5, 100, 70, 0)).toBe(100);
    expect(axis.scrollTo(0, 100, 70, 1)).toBe(100);
  });
});
