import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { parseDataset } from "../dataset/parse-dataset-text";
import { filterEventsByActors } from "../filters/actor-match";
import { shownDataset } from "./shown-dataset";

describe("shownDataset", () => {
  const index = buildDatasetIndex(fixtureDataset());

  it("keeps the dataset's title, description and range, and every event shown, in order", () => {
    const shown = shownDataset(index, index.events);
    expect(shown.title).toBe(index.dataset.title);
    expect(shown.description).toBe(index.dataset.description);
    expect(shown.range).toEqual(index.dataset.range);
    expect(shown.events.map((event) => event.id)).toEqual(index.events.map((event) => event.id));
  });

  it("holds only the articles and actors the shown events use, in order of first use", () => {
    const events = filterEventsByActors(index.events, ["staffan-de-mistura"], "any");
    const shown = shownDataset(index, events);
    const used = new Set(events.flatMap((event) => [...event.sources, ...event.disputes].map((item) => item.article)));
    expect(new Set(shown.articles.map((article) => article.id))).toEqual(used);
    expect(shown.actors.map((actor) => actor.id)).toEqual([...new Set(events.flatMap((event) => event.actors))]);
    expect(shown.articles.length).toBeLessThan(index.dataset.articles.length);
  });

  it("keeps only the lanes the shown events sit on, in lane order", () => {
    const events = index.events.filter((event) => event.track !== index.tracks[0]);
    expect(shownDataset(index, events).tracks).toEqual(index.tracks.filter((track) => events.some((event) => event.track === track)));
  });

  it("writes each event's precision out, and is a valid dataset", () => {
    const shown = shownDataset(index, index.events);
    const month = shown.events.find((event) => event.start === "2017-12")!;
    expect(month.precision).toBe("month");
    expect(shown.events.find((event) => event.start.length === 10)!.precision).toBe("day");
    expect(parseDataset(JSON.parse(JSON.stringify(shown)))).toEqual(shown);
  });

  it("keeps a part's parent where the parent is shown too, and drops the link where it is not, so the file stays valid", () => {
    const [parent, part] = index.events;
    const withParts = buildDatasetIndex({ ...index.dataset, events: [{ ...parent!, end: "2015-10-31" }, { ...part!, parent: parent!.id }] });
    expect(shownDataset(withParts, withParts.events).events[1]!.parent).toBe(parent!.id);
    const alone = shownDataset(withParts, withParts.events.slice(1));
    expect(alone.events[0]!.parent).toBeUndefined();
    expect(parseDataset(JSON.parse(JSON.stringify(alone))).events).toHaveLength(1);
  });

  it("keeps every claim, and the articles they quote, whatever is shown", () => {
    const article = index.dataset.articles.at(-1)!;
    const claim = { id: "toll", topic: "The death toll", sources: [{ article: article.id, quote: "Q1" }, { article: article.id, quote: "Q2" }] };
    const withClaim = buildDatasetIndex({ ...index.dataset, claims: [claim] });
    const shown = shownDataset(withClaim, []);
    expect(shown.claims).toEqual([claim]);
    expect(shown.articles).toEqual([article]);
  });

  it("is a dataset with no events when nothing is shown", () => {
    const shown = shownDataset(index, []);
    expect(shown).toMatchObject({ events: [], articles: [], actors: [], tracks: [] });
  });
});
