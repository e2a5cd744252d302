import { describe, expect, it } from "vitest";
import { firstMatchingText, foldText, highlightSegments, parseSearchQuery, tokenize, tokensMatchTerm } from "./search-text";

const marked = (text: string, q: string) =>
  highlightSegments(text, parseSearchQuery(q))
    .map((segment) => (segment.mark ? `[${segment.text}]` : segment.text))
    .join("");

describe("foldText", () => {
  it("foldText ignores case and accents", () => {
    expect(foldText("Erdoğan")).toBe("erdogan");
    expect(foldText("ERDOGAN")).toBe("erdogan");
    expect(foldText("Mélenchon Łódź İstanbul")).toBe("melenchon lodz istanbul");
  });

  it("foldText maps letters without a decomposition and ligatures", () => {
    expect(foldText("ﬁnal Straße Ærø")).toBe("final strasse aero");
  });
});

describe("tokenize", () => {
  it("tokenize splits on anything but letters and digits, quotes of both kinds alike", () => {
    expect(tokenize("al-Jaafari’s “walk-out”, 2017")).toEqual(["al", "jaafari", "s", "walk", "out", "2017"]);
    expect(tokenize("al-Jaafari's \"walk-out\"")).toEqual(["al", "jaafari", "s", "walk", "out"]);
  });

  it("tokenize of punctuation alone is empty", () => {
    expect(tokenize(" — “” ")).toEqual([]);
  });
});

describe("parseSearchQuery", () => {
  it("parseSearchQuery reads words and quoted phrases, with typographic quotes too", () => {
    expect(parseSearchQuery('Sputnik "walk out" “Geneva talks”').terms).toEqual([
      { words: ["sputnik"] },
      { words: ["walk", "out"] },
      { words: ["geneva", "talks"] },
    ]);
  });

  it("parseSearchQuery treats a word with inner punctuation as a phrase of its parts", () => {
    expect(parseSearchQuery("al-Jaafari").terms).toEqual([{ words: ["al", "jaafari"] }]);
  });

  it("parseSearchQuery runs an unclosed quote to the end", () => {
    expect(parseSearchQuery('Putin "main part').terms).toEqual([{ words: ["putin"] }, { words: ["main", "part"] }]);
  });

  it("parseSearchQuery of spaces, quotes and punctuation has no terms", () => {
    expect(parseSearchQuery('  "" — ').terms).toEqual([]);
  });

  it("parseSearchQuery counts a repeated term once", () => {
    expect(parseSearchQuery("Putin putin PUTIN").terms).toEqual([{ words: ["putin"] }]);
  });
});

describe("tokensMatchTerm", () => {
  const tokens = tokenize("threatened to walk out on the talks");

  it("tokensMatchTerm matches a word as a prefix of a token", () => {
    expect(tokensMatchTerm(tokens, { words: ["threat"] })).toBe(true);
    expect(tokensMatchTerm(tokens, { words: ["eatened"] })).toBe(false);
  });

  it("tokensMatchTerm matches a phrase as consecutive tokens, the last one a prefix", () => {
    expect(tokensMatchTerm(tokens, { words: ["walk", "ou"] })).toBe(true);
    expect(tokensMatchTerm(tokens, { words: ["walk", "the"] })).toBe(false);
    expect(tokensMatchTerm(tokens, { words: ["wal", "out"] })).toBe(false);
  });

  it("tokensMatchTerm finds nothing in no tokens", () => {
    expect(tokensMatchTerm([], { words: ["a"] })).toBe(false);
  });
});

describe("highlightSegments", () => {
  it("highlightSegments marks the matched prefix of each word, in the original spelling", () => {
    expect(marked("Erdoğan met Putin; Erdogan left.", "erdog")).toBe("[Erdoğ]an met Putin; [Erdog]an left.");
  });

  it("highlightSegments marks a phrase from its first word to the matched part of its last", () => {
    expect(marked("He threatened to walk out on the talks.", '"walk out"')).toBe("He threatened to [walk out] on the talks.");
  });

  it("highlightSegments marks every term and merges overlaps", () => {
    expect(marked("Sputnik reports withdrawal", "withdr sputnik withdrawal")).toBe("[Sputnik] reports [withdrawal]");
  });

  it("highlightSegments leaves a text without matches whole", () => {
    expect(highlightSegments("Nothing here", parseSearchQuery("Sputnik"))).toEqual([{ text: "Nothing here", mark: false }]);
  });

  it("highlightSegments with no terms returns the text unmarked", () => {
    expect(highlightSegments("<b>x</b>", parseSearchQuery(""))).toEqual([{ text: "<b>x</b>", mark: false }]);
  });

  it("highlightSegments keeps markup in data as text", () => {
    expect(marked("<script>alert('x')</script> Putin", "script")).toBe("<[script]>alert('x')</[script]> Putin");
  });

  it("highlightSegments maps folded offsets back through characters that fold longer", () => {
    expect(marked("Straße in Ærø", "strasse aero")).toBe("[Straße] in [Ærø]");
  });
});

describe("firstMatchingText", () => {
  it("firstMatchingText returns the first text in which some term matches", () => {
    expect(firstMatchingText(["A summary", "Sputnik says so", "Sputnik again"], parseSearchQuery("sputnik"))).toBe("Sputnik says so");
  });

  it("firstMatchingText is null without a search or without a match", () => {
    expect(firstMatchingText(["Sputnik"], parseSearchQuery(""))).toBeNull();
    expect(firstMatchingText(["Sputnik"], parseSearchQuery("tass"))).toBeNull();
  });
});
