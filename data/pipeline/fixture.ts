import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A small valid set of the four YAML sources, in the shape the authors write. */
export const FIXTURE_FILES = {
  "dataset.yaml": `title: Fixture timeline
description: A small dataset for the pipeline tests.
range: {start: "2016-03-01", end: "2017-12-31"}
tracks: [diplomacy, military]
`,
  "articles.yaml": `- id: dw-2017-12-13
  file: dw.txt
  outlet: DW (Deutsche Welle)
  headline: Russia's Putin must 'win the peace' in Syria
  published: "2017-12-13"
  publishedInferred: false
  byline: ls/se (Reuters, AFP)
  url: https://www.dw.com/en/a-41787709
- id: ap-2017-12-14
  outlet: The Associated Press
  headline: UN Syria envoy urges Putin to have 'courage'
  published: "2017-12-14T08:20:00-05:00"
  publishedInferred: false
  byline: GENEVA (AP)
  url: null
`,
  "actors.yaml": `- id: putin
  name: Vladimir Putin
  kind: person
  aliases: [Putin]
- id: russia
  name: Russia
  kind: state
  aliases: []
- id: un
  name: United Nations
  kind: organization
  aliases: [UN]
`,
  "events.yaml": `- id: hmeimim-withdrawal
  title: Putin announces withdrawal at Hmeimim
  summary: Putin orders a partial withdrawal during a visit to the Hmeimim air base.
  start: "2017-12-11"
  place: Hmeimim
  track: military
  actors: [putin, russia]
  sources:
    - article: dw-2017-12-13
      quote: Putin on Monday ordered the withdrawal of a "significant part" of Russian forces.
      datePhrase: on Monday
  disputes: []
- id: geneva-viii
  title: Geneva VIII
  summary: The eighth round of UN-led talks in Geneva.
  start: "2017-11-28"
  end: "2017-12-15"
  track: diplomacy
  actors: [un]
  sources:
    - article: ap-2017-12-14
      quote: The round is set to end Friday at the latest.
      datePhrase: set to end Friday at the latest
- id: de-mistura-interview
  title: De Mistura urges Putin
  summary: The UN envoy urges Putin to push for peace.
  start: "2017-12-13"
  actors: [un, putin]
  sources:
    - article: ap-2017-12-14
      quote: De Mistura said late Wednesday that Putin should have the courage.
      datePhrase: late Wednesday
`,
};

/** Article texts the fixture's quotations come from, with typographic quotes and odd spacing. */
export const FIXTURE_ARTICLES: Record<string, string> = {
  "dw.txt": "Menu\nPutin on Monday ordered the withdrawal of a \u201csignificant part\u201d of\n   Russian forces.\nRelated links",
  "ap-2017-12-14.txt": "GENEVA (AP) \u2014 De Mistura said late Wednesday that Putin should have the courage. The round is set to end Friday at the latest.",
};

/** The fixture's files, plus the optional claims.yaml. */
export type FixtureFiles = { -readonly [name in keyof typeof FIXTURE_FILES | "claims.yaml"]?: string };

/** Writes the fixture (with overrides; `undefined` leaves a file out) into a fresh temporary folder. */
export function writeFixture(overrides: FixtureFiles = {}, omit: (keyof typeof FIXTURE_FILES)[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "timeline-data-"));
  for (const [name, text] of Object.entries({ ...FIXTURE_FILES, ...overrides })) {
    if (!omit.includes(name as keyof typeof FIXTURE_FILES)) writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Reads fixture article texts by file name, as the corpus reader would. */
export function readFixtureArticle(texts: Record<string, string> = FIXTURE_ARTICLES) {
  return (fileName: string) => (fileName in texts ? { text: texts[fileName]! } : { missing: `${fileName} (ENOENT)` });
}
