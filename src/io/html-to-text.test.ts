import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("leaves plain text as it is", () => {
    expect(htmlToText("Talks resume in Geneva.")).toBe("Talks resume in Geneva.");
  });
  it("removes tags and keeps their text", () => {
    expect(htmlToText('<p>Talks <b>resume</b> in <a href="https://example.org">Geneva</a>.</p>')).toBe("Talks resume in Geneva.");
  });
  it("turns paragraphs, <br> and list items into lines", () => {
    expect(htmlToText("<p>One</p><p>Two<br>Three</p><ul><li>Four</li><li>Five</li></ul>")).toBe("One\nTwo\nThree\n\n- Four\n- Five");
  });
  it("decodes named and numeric character references", () => {
    expect(htmlToText("Assad &amp; Putin &ndash; &quot;victory&quot; &#8220;now&#8221; &#x41;&nbsp;B")).toBe('Assad & Putin – "victory" “now” A B');
  });
  it("leaves an unknown reference as written", () => {
    expect(htmlToText("&bogus; &#0;")).toBe("&bogus; &#0;");
  });
  it("drops scripts, styles and comments with their content", () => {
    expect(htmlToText("<script>alert(1)</script><style>p{}</style><!-- note -->Text")).toBe("Text");
  });
  it("collapses runs of spaces and blank lines", () => {
    expect(htmlToText("  a   b \n\n\n\n c  ")).toBe("a b\n\nc");
  });
  it("does not turn escaped markup back into tags", () => {
    expect(htmlToText("&lt;b&gt;bold&lt;/b&gt;")).toBe("<b>bold</b>");
  });
});
