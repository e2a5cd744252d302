import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT, iframeCode } from "./embed-code";

describe("iframeCode", () => {
  it("is a lazy, titled iframe of the given address at the default height", () => {
    expect(iframeCode("https://example.org/?embed=1", "Timeline")).toBe(
      `<iframe src="https://example.org/?embed=1" title="Timeline" width="100%" height="${EMBED_HEIGHT}" style="border: 0; max-width: 100%;" loading="lazy" allow="clipboard-write"></iframe>`,
    );
  });

  it("escapes the address and the title", () => {
    const code = iframeCode('https://example.org/?a=1&embed=1"', 'Say "hi" <b>');
    expect(code).toContain('src="https://example.org/?a=1&amp;embed=1&quot;"');
    expect(code).toContain('title="Say &quot;hi&quot; &lt;b&gt;"');
  });

  it("takes another height", () => {
    expect(iframeCode("https://example.org/", "T", 420)).toContain('height="420"');
  });
});
