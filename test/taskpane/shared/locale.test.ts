/** @jest-environment jsdom */
import { initialLocale, localeFromDisplayLanguage, saveLocale, savedLocale } from "../../../src/taskpane/shared/i18n/locale";

/** A storage the host forbids: every access throws, as localStorage does in some sandboxed frames. */
const forbidden = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
} as unknown as Storage;

beforeEach(() => localStorage.clear());

describe("localeFromDisplayLanguage", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-cn", "zh"],
    ["zh-SG", "zh"],
    ["zh-Hans", "zh"],
    ["zh-Hans-CN", "zh"],
    ["zh", "zh"],
    ["zh-TW", "zh-Hant"],
    ["zh-tw", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh_TW", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-Hant-HK", "zh-Hant"],
    [" zh-TW ", "zh-Hant"],
    ["zhx-TW", "en"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["zu-ZA", "en"], // starts with "z" but is Zulu
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%s -> %s", (tag, expected) => {
    expect(localeFromDisplayLanguage(tag)).toBe(expected);
  });
});

describe("remembered choice", () => {
  it("overrides the display language once saved", () => {
    expect(initialLocale("en-US", localStorage)).toBe("en");
    saveLocale(localStorage, "zh");
    expect(initialLocale("en-US", localStorage)).toBe("zh");
    saveLocale(localStorage, "en");
    expect(initialLocale("zh-CN", localStorage)).toBe("en");
  });

  it("ignores a value it did not write", () => {
    localStorage.setItem("telescore.locale", "fr");
    expect(savedLocale(localStorage)).toBeUndefined();
    expect(initialLocale("zh-CN", localStorage)).toBe("zh");
  });

  it("falls back to the display language when storage is forbidden or absent", () => {
    expect(() => saveLocale(forbidden, "zh")).not.toThrow();
    expect(initialLocale("zh-CN", forbidden)).toBe("zh");
    expect(initialLocale("en-US", null)).toBe("en");
  });
});
