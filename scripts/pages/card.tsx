import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import type { ReactNode } from "react";
import satori, { type SatoriOptions } from "satori";
import type { DatasetIndex } from "../../src/dataset/dataset-index";
import { eventInterval } from "../../src/dataset/event-time";
import type { TimelineEvent } from "../../src/dataset/schema";
import { buildTimelineIndex } from "../../src/timeline/timeline-index";
import { trackColor } from "../../src/timeline/track-colors";
import { CARD_HEIGHT, CARD_WIDTH } from "./event-page";

/** Inter, from its npm package, so drawing cards needs nothing beyond `npm ci`. */
export function loadCardFonts(): SatoriOptions["fonts"] {
  const require = createRequire(import.meta.url);
  const file = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  return [
    { name: "Inter", data: file(400), weight: 400, style: "normal" },
    { name: "Inter", data: file(700), weight: 700, style: "normal" },
  ];
}

const INK = "#0f172a";
const MUTED = "#475569";
const FAINT = "#94a3b8";
const PADDING = 64;
const STRIP_WIDTH = CARD_WIDTH - 2 * PADDING - 24;

/** Each event's lane position, for its colour: the chart's lane order. */
export function laneOrderById(index: DatasetIndex): Map<string, number> {
  const orders = new Map<string, number>();
  buildTimelineIndex(index.events, index.tracks).lanes.forEach((lane, order) => {
    for (const { id } of lane.events) orders.set(id, order);
  });
  return orders;
}

/** Where an event sits on the strip, in pixels from its left end. */
function stripX(index: DatasetIndex, time: number): number {
  const { start, end } = index.domain;
  return Math.max(0, Math.min(STRIP_WIDTH, ((time - start) / (end - start)) * STRIP_WIDTH));
}

/** The whole timeline as a strip: a tick per event, the marked one (if any) drawn large in its colour, and the years. */
function TimelineStrip({ index, orders, marked }: { index: DatasetIndex; orders: ReadonlyMap<string, number>; marked: TimelineEvent | null }) {
  const years: number[] = [];
  const first = new Date(index.domain.start).getUTCFullYear();
  for (let year = first + 1; Date.UTC(year, 0, 1) < index.domain.end; year += 1) years.push(year);
  const mark = marked ? eventInterval(marked) : null;
  const markX = mark ? stripX(index, mark.start) : 0;
  const markWidth = mark ? Math.max(14, stripX(index, mark.end) - markX) : 0;
  const markColor = marked ? trackColor(orders.get(marked.id) ?? 0).hex : INK;
  return (
    <div style={{ display: "flex", position: "relative", width: STRIP_WIDTH, height: 104 }}>
      <div style={{ position: "absolute", left: 0, top: 36, width: STRIP_WIDTH, height: 6, background: "#cbd5e1", borderRadius: 3 }} />
      {index.events.map((event) => (
        <div
          key={event.id}
          style={{
            position: "absolute",
            left: stripX(index, eventInterval(event).start) - 2.5,
            top: 20,
            width: 5,
            height: 38,
            background: marked ? FAINT : trackColor(orders.get(event.id) ?? 0).hex,
            borderRadius: 2.5,
          }}
        />
      ))}
      {mark ? (
        <div style={{ position: "absolute", left: Math.min(markX - 9, STRIP_WIDTH - markWidth), top: 6, width: markWidth + 4, height: 66, background: markColor, borderRadius: 9, boxShadow: "0 0 0 5px #ffffff" }} />
      ) : null}
      {years.map((year) => (
        <div key={year} style={{ position: "absolute", left: stripX(index, Date.UTC(year, 0, 1)) - 40, top: 74, width: 80, display: "flex", justifyContent: "center", fontSize: 24, color: MUTED }}>
          {String(year)}
        </div>
      ))}
      {years.map((year) => (
        <div key={`line-${year}`} style={{ position: "absolute", left: stripX(index, Date.UTC(year, 0, 1)) - 1, top: 28, width: 2, height: 22, background: MUTED }} />
      ))}
    </div>
  );
}

interface CardProps {
  index: DatasetIndex;
  orders: ReadonlyMap<string, number>;
  /** The event the card is for; null for the whole timeline's card. */
  event: TimelineEvent | null;
  title: string;
  /** The date line, or the description on the home card. */
  subtitle: string;
  accent: string;
  /** The line above the title: the dataset's title on an event card, the product's name on the home card. */
  heading: string;
  /** The lane's name on an event card. */
  label: string | null;
}

function Card({ index, orders, event, title, subtitle, accent, heading, label }: CardProps) {
  return (
    <div style={{ display: "flex", width: CARD_WIDTH, height: CARD_HEIGHT, background: "#ffffff", fontFamily: "Inter", color: INK }}>
      <div style={{ width: 24, height: CARD_HEIGHT, background: accent }} />
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: `${PADDING - 8}px ${PADDING}px ${PADDING - 24}px ${PADDING - 24}px` }}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 26, color: MUTED }}>
          <div style={{ display: "flex", fontWeight: 700, letterSpacing: 1 }}>{heading}</div>
          {label ? (
            <div style={{ display: "flex", padding: "6px 18px", border: `3px solid ${accent}`, borderRadius: 999, color: accent, fontWeight: 700, fontSize: 24 }}>{label}</div>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, justifyContent: "center" }}>
          <div style={{ display: "block", fontSize: title.length > 70 ? 54 : 64, fontWeight: 700, lineHeight: 1.12, lineClamp: 3 }}>{title}</div>
          <div style={{ display: "block", marginTop: 24, fontSize: 32, color: "#334155", lineHeight: 1.3, lineClamp: 2 }}>{subtitle}</div>
        </div>
        <TimelineStrip index={index} orders={orders} marked={event} />
      </div>
    </div>
  );
}

/** Draws a card (an element tree satori lays out) as a 1200×630 PNG. */
async function drawCard(element: ReactNode, fonts: SatoriOptions["fonts"]): Promise<Buffer> {
  const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
}

/** An event's preview card: its title, date and lane colour, the dataset's title, and the whole timeline with the event marked. */
export function drawEventCard(index: DatasetIndex, orders: ReadonlyMap<string, number>, event: TimelineEvent, dateLine: string, fonts: SatoriOptions["fonts"]): Promise<Buffer> {
  const order = orders.get(event.id) ?? 0;
  return drawCard(
    <Card index={index} orders={orders} event={event} title={event.title} subtitle={dateLine} accent={trackColor(order).hex} heading={index.dataset.title} label={event.track ?? null} />,
    fonts,
  );
}

/** The whole timeline's card, for the home page: the dataset's title, its span and every event in its lane's colour. */
export function drawHomeCard(index: DatasetIndex, orders: ReadonlyMap<string, number>, subtitle: string, fonts: SatoriOptions["fonts"]): Promise<Buffer> {
  return drawCard(<Card index={index} orders={orders} event={null} title={index.dataset.title} subtitle={subtitle} accent={trackColor(0).hex} heading="Syria Timeline Explorer" label={null} />, fonts);
}
