import { checkDatasetSize, formatMegabytes, formatSize, MAX_DATASET_BYTES } from "./dataset-size";
import { DatasetLoadError } from "./dataset-text";

describe("checkDatasetSize", () => {
  it("checkDatasetSize accepts a file exactly at the limit", () => {
    expect(() => checkDatasetSize(MAX_DATASET_BYTES, "edge.json")).not.toThrow();
  });

  it("checkDatasetSize refuses one byte over the limit", () => {
    expect(() => checkDatasetSize(MAX_DATASET_BYTES + 1, "edge.json")).toThrow(DatasetLoadError);
  });
});

describe("formatMegabytes", () => {
  it("formatMegabytes rounds sizes of 10 MB and more to whole megabytes", () => {
    expect(formatMegabytes(142_400_000)).toBe("142 MB");
  });

  it("formatMegabytes keeps one decimal below 10 MB", () => {
    expect(formatMegabytes(3_460_000)).toBe("3.5 MB");
  });
});

describe("formatSize", () => {
  it("formatSize counts bytes below a kilobyte", () => {
    expect(formatSize(1)).toBe("1 byte");
    expect(formatSize(512)).toBe("512 bytes");
  });

  it("formatSize rounds to kilobytes below a megabyte, then uses megabytes", () => {
    expect(formatSize(340_400)).toBe("340 KB");
    expect(formatSize(3_460_000)).toBe("3.5 MB");
  });
});
