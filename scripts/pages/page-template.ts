import { escapeHtml } from "../../src/ui/escape-html";

/** How a generated page differs from the built `index.html` it starts from. */
export interface PageOptions {
  /** The `<title>`. */
  title: string;
  /** Tags added to the head (description, canonical, previews); the template's description is dropped for them. */
  headTags: readonly string[];
  /** Replaces the empty `<div id="root"></div>`. */
  body: string;
  /** The relative path from the page to the site root, e.g. "../../" for an event page; "" for the root. */
  toRoot: string;
  /** False for a page without the app (a removed event's): its module script and preloads are left out. */
  app: boolean;
}

const ROOT = '<div id="root"></div>';

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`dist/index.html has no ${what}; was it built by vite build?`);
  return html.replace(pattern, () => replacement);
}

/** A page built from the app's `index.html`: the same styles, policy and (optionally) script, its own head and body. */
export function pageFromTemplate(template: string, page: PageOptions): string {
  let html = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`, "<title>");
  html = html.replace(/[ \t]*<meta name="description"[^>]*>\n?/, "");
  html = replaceOnce(html, /\n?[ \t]*<\/head>/, `\n${page.headTags.map((tag) => `    ${tag}\n`).join("")}  </head>`, "</head>");
  if (page.toRoot !== "") html = html.replace(/\b(href|src)="\.\//g, `$1="${page.toRoot}`);
  if (!page.app) html = html.replace(/[ \t]*<script type="module"[^>]*><\/script>\n?/g, "").replace(/[ \t]*<link rel="modulepreload"[^>]*>\n?/g, "");
  return replaceOnce(html, new RegExp(ROOT.replace(/[/]/g, "\\/")), page.body, ROOT);
}
