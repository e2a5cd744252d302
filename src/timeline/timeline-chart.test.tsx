import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FIXTURE_DOMAIN, FIXTURE_EVENTS, FIXTURE_TRACKS, fixtureEvent } from "./test-fixtures";
import { TimelineChart, type TimelineChartProps } from "./timeline-chart";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

function renderChart(overrides: Partial<TimelineChartProps> = {}) {
  const props: TimelineChartProps = {
    events: FIXTURE_EVENTS,
    tracks: FIXTURE_TRACKS,
    domain: FIXTURE_DOMAIN,
    visible: FIXTURE_DOMAIN,
    onWindowChange: vi.fn(),
    selectedId: null,
    onSelect: vi.fn(),
    ...overrides,
  };
  render(<TimelineChart {...props} />);
  return props;
}

describe("TimelineChart", () => {
  it("draws each event as a button named by its title and date", () => {
    renderChart();
    expect(screen.getByRole("button", { name: "Putin orders most Russian forces out of Syria, 14 March 2016" })).toHaveAttribute("tabindex", "0");
    expect(screen.getByRole("button", { name: "Eighth round of Geneva talks, 28 November – 14 December 2017" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Government offensive on eastern Aleppo, November 2016 (month precision)" })).toBeInTheDocument();
    const lanes = screen.getAllByRole("group", { name: / in view$/ });
    expect(lanes.map((lane) => lane.getAttribute("aria-label"))).toEqual([
      "Military campaign: 6 events in view",
      "UN Geneva talks: 7 events in view",
      "Astana and Sochi: 4 events in view",
      "Other diplomacy: 7 events in view",
    ]);
    expect(lanes.flatMap((lane) => within(lane).getAllByRole("button"))).toHaveLength(FIXTURE_EVENTS.length);
  });

  it("selects an event on click, Enter and Space", async () => {
    const user = userEvent.setup();
    const { onSelect } = renderChart();
    const mark = screen.getByRole("button", { name: "Putin and Assad meet in Sochi, 20 November 2017" });
    await user.click(mark);
    expect(onSelect).toHaveBeenLastCalledWith("putin-assad-sochi-talks-2017-11-20");
    const other = screen.getByRole("button", { name: "Russia, Turkey and Iran hold a Syria summit in Sochi, 22 November 2017" });
    other.focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("sochi-trilateral-summit-2017-11-22");
    screen.getByRole("button", { name: /^Putin visits Hmeimim/ }).focus();
    await user.keyboard(" ");
    expect(onSelect).toHaveBeenLastCalledWith("putin-hmeimim-withdrawal-2017-12-11");
  });

  it("marks the selected event as pressed", () => {
    renderChart({ selectedId: "geneva-eighth-round-2017-11-28" });
    expect(screen.getByRole("button", { name: /^Eighth round of Geneva talks/ })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: /^Putin and Assad meet in Sochi/ })).toHaveAttribute("aria-pressed", "false");
  });

  it("zooms in around the centre with the Zoom in button", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderChart();
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const centre = (FIXTURE_DOMAIN.start + FIXTURE_DOMAIN.end) / 2;
    const half = (FIXTURE_DOMAIN.end - FIXTURE_DOMAIN.start) / 4;
    expect(onWindowChange).toHaveBeenCalledWith({ start: centre - half, end: centre + half });
  });

  it("zooms in about the selected event with the Zoom in button, so it stays in view", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderChart({ selectedId: "putin-hmeimim-withdrawal-2017-12-11" });
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const anchor = utc(2017, 12, 11);
    const zoomed = vi.mocked(onWindowChange).mock.lastCall![0];
    expect(zoomed.start).toBeLessThanOrEqual(anchor);
    expect(zoomed.end).toBeGreaterThan(anchor);
    expect(zoomed.end - zoomed.start).toBe((FIXTURE_DOMAIN.end - FIXTURE_DOMAIN.start) / 2);
  });

  it("disables Zoom out and Show all when everything is shown", () => {
    renderChart();
    expect(screen.getByRole("button", { name: "Zoom out" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Show all" })).toBeDisabled();
  });

  it("shows everything again with Show all", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderChart({ visible: { start: utc(2016, 3, 1), end: utc(2016, 4, 1) } });
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(onWindowChange).toHaveBeenCalledWith(FIXTURE_DOMAIN);
  });

  it("reports which mark has keyboard focus, for the page's + and − keys", () => {
    const onFocusChange = vi.fn();
    renderChart({ onFocusChange });
    const mark = screen.getByRole("button", { name: /^Putin orders most Russian forces/ });
    mark.focus();
    expect(onFocusChange).toHaveBeenLastCalledWith("putin-announces-withdrawal-2016-03-14");
    mark.blur();
    expect(onFocusChange).toHaveBeenLastCalledWith(null);
  });

  it("moves the window with the arrow keys on the overview slider", async () => {
    const user = userEvent.setup();
    const month = { start: utc(2016, 1, 1), end: utc(2016, 2, 1) };
    const { onWindowChange } = renderChart({ visible: month });
    const slider = screen.getByRole("slider", { name: "Visible period" });
    expect(slider).toHaveAttribute("aria-valuetext", "1 January 2016 to 31 January 2016");
    slider.focus();
    await user.keyboard("{ArrowRight}");
    const span = month.end - month.start;
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: month.start + span / 10, end: month.end + span / 10 });
    await user.keyboard("{Home}");
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: FIXTURE_DOMAIN.start, end: FIXTURE_DOMAIN.start + span });
  });

  it("draws a dense lane as count buttons that zoom into their period", async () => {
    const user = userEvent.setup();
    const dense = Array.from({ length: 1500 }, (_, i) =>
      fixtureEvent({ id: `d${i}`, title: `Strike ${i}`, start: i < 1234 ? "2016-03-15" : "2016-05-02", track: "Military campaign" }),
    );
    const { onWindowChange } = renderChart({ events: dense, visible: { start: utc(2016, 1, 1), end: utc(2017, 1, 1) } });
    const bucket = screen.getByRole("button", { name: "1,234 events in Military campaign, March 2016" });
    expect(screen.getByRole("button", { name: "266 events in Military campaign, May 2016" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Strike/ })).not.toBeInTheDocument();
    await user.click(bucket);
    const zoomed = vi.mocked(onWindowChange).mock.lastCall![0];
    expect(zoomed.start).toBeLessThanOrEqual(utc(2016, 3, 1));
    expect(zoomed.end).toBeGreaterThanOrEqual(utc(2016, 4, 1));
    expect(zoomed.end - zoomed.start).toBeLessThan(utc(2016, 4, 15) - utc(2016, 3, 1));
  });
});
