import { describe, expect, it } from "vitest";
import { eventDescription, firstSentence } from "./describe-event";

describe("firstSentence", () => {
  it("ends at the first full stop followed by a new sentence", () => {
    expect(firstSentence("Talks open in Geneva. They stop within days.")).toBe("Talks open in Geneva.");
  });

  it("keeps a text of one sentence, or with no full stop, whole", () => {
    expect(firstSentence("Talks open in Geneva.")).toBe("Talks open in Geneva.");
    expect(firstSentence("Talks open in Geneva")).toBe("Talks open in Geneva");
  });

  it("does not end at initials or a decimal", () => {
    expect(firstSentence("The U.S. and Russia agree. Then it fails.")).toBe("The U.S. and Russia agree.");
    expect(firstSentence("Turnout was 3.5 per cent. Few came.")).toBe("Turnout was 3.5 per cent.");
  });

  it("ends at ? or ! and keeps a closing quote", () => {
    expect(firstSentence("Is it over? Nobody knows.")).toBe("Is it over?");
    expect(firstSentence("He said “it is over.” Others disagreed.")).toBe("He said “it is over.”");
  });

  it("folds line breaks and runs of spaces", () => {
    expect(firstSentence("  Talks\n open   here. More.")).toBe("Talks open here.");
  });
});

describe("eventDescription", () => {
  it("is the date with its precision, the place and the summary's first sentence", () => {
    expect(eventDescription({ start: "2017-11-28", end: "2017-12-14", place: "Geneva", summary: "The round opens. It ends." })).toBe(
      "28 November – 14 December 2017 · Geneva. The round opens.",
    );
    expect(eventDescription({ start: "2017-12", summary: "Something happens." })).toBe("December 2017 (month precision). Something happens.");
  });
});
