import { buildBlobInSlices } from "./build-in-slices";

function* numbered(count: number) {
  for (let i = 0; i < count; i++) yield `${i},`;
}

const now = { yieldToPage: () => Promise.resolve() };

describe("buildBlobInSlices", () => {
  it("gives back every piece in order, in a Blob of the type given", async () => {
    const blob = await buildBlobInSlices(numbered(1000), { total: 1000, type: "text/csv", sliceMs: 0, ...now });
    expect(await blob.text()).toBe([...numbered(1000)].join(""));
    expect(blob.type).toBe("text/csv");
  });

  it("encodes text as UTF-8", async () => {
    const blob = await buildBlobInSlices(["Путин,", "🇸🇾"], { total: 2, type: "text/csv", ...now });
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...new TextEncoder().encode("Путин,🇸🇾")]);
  });

  it("hands the thread back between slices and reports progress up to 1", async () => {
    let yields = 0;
    const progress: number[] = [];
    await buildBlobInSlices(numbered(5), {
      total: 5,
      type: "text/plain",
      sliceMs: 0,
      yieldToPage: async () => void yields++,
      onProgress: (fraction) => progress.push(fraction),
    });
    // With no time per slice, each piece is a slice of its own.
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(yields).toBe(4);
  });

  it("counts empty pieces as work without text", async () => {
    const progress: number[] = [];
    const blob = await buildBlobInSlices(["", "", "a"], { total: 3, type: "text/plain", sliceMs: 0, ...now, onProgress: (fraction) => progress.push(fraction) });
    expect(await blob.text()).toBe("a");
    expect(progress).toHaveLength(3);
  });

  it("stops when aborted between slices", async () => {
    const controller = new AbortController();
    const building = buildBlobInSlices(numbered(100), {
      total: 100,
      type: "text/plain",
      sliceMs: 0,
      signal: controller.signal,
      yieldToPage: async () => controller.abort(),
    });
    await expect(building).rejects.toThrow();
  });

  it("makes an empty file of nothing", async () => {
    expect((await buildBlobInSlices([], { total: 0, type: "text/plain" })).size).toBe(0);
  });
});
