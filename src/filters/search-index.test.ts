import { describe, expect, it, vi } from "vitest";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { parseDataset } from "../dataset/parse-dataset-text";
import fixture from "../../tests/fixtures/timeline.json";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { datasetSchema } from "../dataset/schema";
import { parseSearchQuery } from "../text/search-text";
import { buildSearchIndex, createSearchIndexBuilder, fieldsMatchQuery, searchableFields, searchIndexFor, searchMask, warmSearchIndex } from "./search-index";

const index = buildDatasetIndex(datasetSchema.parse(fixture));
const search = buildSearchIndex(index.events, index.actorsById, index.articlesById);
const found = (q: string) => {
  const mask = searchMask(search, parseSearchQuery(q));
  return mask === null ? null : index.events.filter((_, position) => mask[position] === 1).map((event) => event.id);
};

describe("searchableFields", () => {
  it("searchableFields lists title, summary, place, track, actors with aliases, quotations, outlets, headlines and dispute notes", () => {
    const event = index.events.find((candidate) => candidate.id === "geneva-talks-round-8-2017-11-28")!;
    expect(searchableFields(event, index.actorsById, index.articlesById)).toEqual([
      "Eighth round of Geneva talks",
      "UN-led talks between the government and opposition in Geneva.",
      "Geneva",
      "Diplomacy",
      "Staffan de Mistura",
      "UN envoy",
      "United Nations",
      "Syria",
      "The talks ended on Wednesday without progress.",
      "Deutsche Welle",
      "Syria talks end in Geneva without progress",
      "DW dates the end of the talks to 13 December; the UN record closes the round on 14 December, which the event keeps.",
    ]);
  });
});

describe("searchMask", () => {
  it("searchMask is null for an empty query", () => {
    expect(found("  ")).toBeNull();
  });

  it("searchMask finds a word in a quotation only", () => {
    expect(found("yesterday")).toEqual(["russian-airstrikes-begin-2015-09-30"]);
  });

  it("searchMask matches word prefixes, whatever the case", () => {
    expect(found("WITHDR")).toEqual(["putin-announces-withdrawal-2016-03-14", "putin-visits-hmeimim-2017-12"]);
  });

  it("searchMask requires every word, anywhere in the event", () => {
    expect(found("putin moscow")).toEqual(["putin-announces-withdrawal-2016-03-14"]);
    expect(found("putin geneva")).toEqual([]);
  });

  it("searchMask matches a quoted phrase only as a phrase", () => {
    expect(found('"main part"')).toEqual(["putin-announces-withdrawal-2016-03-14"]);
    expect(found('"part main"')).toEqual([]);
  });

  it("searchMask does not join a phrase across two fields", () => {
    // "Geneva" ends the summary and "Geneva" is the place; "Geneva Diplomacy" spans place and track.
    expect(found('"Geneva Diplomacy"')).toEqual([]);
  });

  it("searchMask finds outlets, headlines, aliases, tracks and dispute notes", () => {
    expect(found("Deutsche")).toEqual(["geneva-talks-round-8-2017-11-28"]);
    expect(found("envoy")).toEqual(["de-mistura-briefing-2017-11-21", "geneva-talks-round-8-2017-11-28"]);
    expect(found("diplomacy")).toEqual(["geneva-talks-round-8-2017-11-28"]);
    expect(found("record closes")).toEqual(["geneva-talks-round-8-2017-11-28"]);
  });

  it("searchMask gives the same answer as fieldsMatchQuery for every event", () => {
    for (const q of ["putin", "syria talks", '"air base"', "un", "e", "hmeimim withdrawal", "zzz"]) {
      const query = parseSearchQuery(q);
      const mask = searchMask(search, query)!;
      index.events.forEach((event, position) => {
        expect(mask[position] === 1, `${q} / ${event.id}`).toBe(fieldsMatchQuery(searchableFields(event, index.actorsById, index.articlesById), query));
      });
    }
  });
});

describe("searchMask on a large dataset", () => {
  const large = buildDatasetIndex(parseDataset(generateSyntheticDataset({ events: 2000, seed: 3 })));
  const largeSearch = buildSearchIndex(large.events, large.actorsById, large.articlesById);
  const fieldsOf = (position: number) => searchableFields(large.events[position]!, large.actorsById, large.articlesById);

  it("searchMask finds a phrase exactly where the fields have it, for phrases taken from the events and their neighbours", () => {
    // Phrases from real text (two or three words in a row, the last cut to a prefix), and the same words out of order.
    const phrases = new Set<string>();
    for (let position = 0; position < large.events.length; position += 97) {
      const words = fieldsOf(position)
        .flatMap((field) => field.split(/\s+/))
        .filter((word) => /^[a-z]{3,}$/i.test(word));
      for (let at = 0; at + 2 < words.length; at += 5) {
        phrases.add(`"${words[at]} ${words[at + 1]!.slice(0, 3)}"`);
        phrases.add(`"${words[at]} ${words[at + 1]} ${words[at + 2]}"`);
        phrases.add(`"${words[at + 1]} ${words[at]}"`);
      }
    }
    expect(phrases.size).toBeGreaterThan(100);
    let matched = 0;
    for (const q of phrases) {
      const query = parseSearchQuery(q);
      const mask = searchMask(largeSearch, query)!;
      for (let position = 0; position < large.events.length; position++) {
        const expected = fieldsMatchQuery(fieldsOf(position), query);
        if (mask[position] === 1 !== expected) expect.fail(`${q} / ${large.events[position]!.id}: ${mask[position]} but the fields say ${expected}`);
        if (expected) matched += 1;
      }
    }
    // The check above must have had something to find.
    expect(matched).toBeGreaterThan(phrases.size);
  });
});

describe("createSearchIndexBuilder", () => {
  it("createSearchIndexBuilder built in steps gives the index built at once", () => {
    const builder = createSearchIndexBuilder(index.events, index.actorsById, index.articlesById);
    builder.step(0);
    const stepped = builder.finish();
    expect(stepped).toEqual(search);
    expect(builder.finish()).toBe(stepped);
  });

  it("createSearchIndexBuilder over no events finds nothing", () => {
    const empty = buildSearchIndex([], index.actorsById, index.articlesById);
    expect(searchMask(empty, parseSearchQuery("putin"))).toEqual(new Uint8Array(0));
  });
});

describe("searchIndexFor", () => {
  it("searchIndexFor builds the index once per dataset", () => {
    expect(searchIndexFor(index)).toBe(searchIndexFor(index));
    expect(searchIndexFor(index).tokens).toEqual(search.tokens);
  });
});

describe("warmSearchIndex", () => {
  it("warmSearchIndex uses what an idle period offers, not a fixed small slice of it", () => {
    const large = buildDatasetIndex(parseDataset(generateSyntheticDataset({ events: 3000, seed: 2 })));
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal("cancelIdleCallback", () => undefined);
    // A clock that moves 1 ms each time it is read: the builder reads it once per 128 events.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 1));
    const stop = warmSearchIndex(large);
    const before = now;
    callbacks.shift()!({ didTimeout: false, timeRemaining: () => 49 });
    const used = now - before;
    stop();
    vi.unstubAllGlobals();
    // The slice runs up to its bound (35 ms) of the 49 on offer; 12 ms slices left the index unbuilt for seconds.
    expect(used).toBeGreaterThanOrEqual(35);
    expect(callbacks).toHaveLength(1);
  });
});
