// The same dataset, drawn by vis-timeline with its default options: one item per
// event (content = title, start, end, group = track), one group per track.
// window.__benchReady is set once the first `changed` event after the data is set
// has fired and a frame has been painted.
(async () => {
  const status = document.getElementById("status");
  const url = new URLSearchParams(location.search).get("data");
  const dataset = await (await fetch(url)).json();
  const trackOrder = [...dataset.tracks];
  for (const event of dataset.events) if (event.track && !trackOrder.includes(event.track)) trackOrder.push(event.track);
  const groups = new vis.DataSet(trackOrder.map((track, index) => ({ id: track, content: track, order: index })));
  const items = new vis.DataSet(
    dataset.events.map((event) => {
      const item = { id: event.id, content: event.title, start: event.start, group: event.track ?? trackOrder[0] };
      if (event.end) item.end = event.end;
      return item;
    }),
  );
  let first = true;
  const timeline = new vis.Timeline(document.getElementById("timeline"), items, groups, { height: "740px" });
  timeline.on("changed", () => {
    if (!first) return;
    first = false;
    status.textContent = `Showing ${dataset.events.length} events`;
    requestAnimationFrame(() => setTimeout(() => (window.__benchReady = performance.now())));
  });
  window.__timeline = timeline;
})();
