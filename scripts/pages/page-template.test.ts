import { describe, expect, it } from "vitest";
import { pageFromTemplate } from "./page-template";

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="The app." />
    <link rel="icon" href="./icon.svg" type="image/svg+xml" />
    <title>App</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor.js">
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe("pageFromTemplate", () => {
  it("sets the title, swaps the description for the page's tags and puts the body in the root's place", () => {
    const html = pageFromTemplate(TEMPLATE, { title: "A & B", headTags: ['<meta name="description" content="Mine" />'], body: "<main>Hi</main>", toRoot: "", app: true });
    expect(html).toContain("<title>A &amp; B</title>");
    expect(html).not.toContain("The app.");
    expect(html).toMatch(/<meta name="description" content="Mine" \/>\n {2}<\/head>/);
    expect(html).toContain("<main>Hi</main>");
    expect(html).not.toContain('<div id="root"></div>');
    expect(html).toContain('src="./assets/index.js"');
  });

  it("points a page in a sub-folder at the root's assets", () => {
    const html = pageFromTemplate(TEMPLATE, { title: "T", headTags: [], body: "", toRoot: "../../", app: true });
    expect(html).toContain('href="../../icon.svg"');
    expect(html).toContain('src="../../assets/index.js"');
    expect(html).toContain('href="../../assets/index.css"');
  });

  it("leaves the app's scripts out of a page without the app, and keeps its styles", () => {
    const html = pageFromTemplate(TEMPLATE, { title: "T", headTags: [], body: "", toRoot: "../../", app: false });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("modulepreload");
    expect(html).toContain('href="../../assets/index.css"');
  });

  it("says what is missing from a template it cannot use", () => {
    expect(() => pageFromTemplate("<html></html>", { title: "T", headTags: [], body: "", toRoot: "", app: true })).toThrow("dist/index.html has no <title>");
  });
});
