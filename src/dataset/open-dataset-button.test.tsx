import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isJsonFile, OpenDatasetButton, useDatasetFilePicker } from "./open-dataset-button";

/** The button with the page's picker, as the explorer renders them. */
function OpenDataset({ onOpen }: { onOpen(file: File): void }) {
  const picker = useDatasetFilePicker(onOpen);
  return (
    <>
      {picker.element}
      <OpenDatasetButton picker={picker} />
    </>
  );
}

function dragEvent(type: string, files: File[]) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files } });
  return event;
}

describe("OpenDatasetButton", () => {
  it("opens the picked .json file", async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<OpenDataset onOpen={onOpen} />);
    const file = new File(["{}"], "events.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Dataset file"), file);
    expect(onOpen).toHaveBeenCalledWith(file);
  });

  it("clicking Open dataset opens the file picker", async () => {
    const user = userEvent.setup();
    render(<OpenDataset onOpen={vi.fn()} />);
    const click = vi.spyOn(screen.getByLabelText("Dataset file"), "click");
    await user.click(screen.getByRole("button", { name: "Open dataset" }));
    expect(click).toHaveBeenCalled();
  });

  it("the picker accepts JSON, CSV and TSV", () => {
    render(<OpenDataset onOpen={vi.fn()} />);
    expect(screen.getByLabelText("Dataset file")).toHaveAttribute("accept", ".json,.csv,.tsv,application/json,text/csv,text/tab-separated-values");
  });

  it("opens a picked .csv or .tsv spreadsheet", async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<OpenDataset onOpen={onOpen} />);
    const csv = new File(["Year,Headline"], "events.csv", { type: "text/csv" });
    await user.upload(screen.getByLabelText("Dataset file"), csv);
    expect(onOpen).toHaveBeenCalledWith(csv);
    const tsv = new File(["Year\tHeadline"], "events.TSV", { type: "" });
    await user.upload(screen.getByLabelText("Dataset file"), tsv);
    expect(onOpen).toHaveBeenLastCalledWith(tsv);
  });

  it("states the size limit next to the button", () => {
    render(<OpenDataset onOpen={vi.fn()} />);
    expect(screen.getByRole("button", { name: "Open dataset" })).toHaveAccessibleDescription("A .json, .csv or .tsv file up to 100 MB, or drop one on the page");
  });

  it("rejects a picked file that is neither JSON nor a spreadsheet with a visible message", async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup({ applyAccept: false });
    render(<OpenDataset onOpen={onOpen} />);
    await user.upload(screen.getByLabelText("Dataset file"), new File(["a b"], "events.txt", { type: "text/plain" }));
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("events.txt is not a .json, .csv or .tsv file. Open a dataset in the timeline JSON format, or a spreadsheet saved as CSV or TSV.");
  });

  it("shows the drop overlay while a file is dragged over the page and opens the dropped .json file", () => {
    const onOpen = vi.fn();
    render(<OpenDataset onOpen={onOpen} />);
    const file = new File(["{}"], "dropped.json");
    fireEvent(window, dragEvent("dragenter", [file]));
    expect(screen.getByText("Drop a .json, .csv or .tsv dataset to open it")).toBeVisible();
    fireEvent(window, dragEvent("drop", [file]));
    expect(onOpen).toHaveBeenCalledWith(file);
    expect(screen.queryByText("Drop a .json, .csv or .tsv dataset to open it")).not.toBeInTheDocument();
  });

  it("hides the drop overlay when the drag leaves the page", () => {
    render(<OpenDataset onOpen={vi.fn()} />);
    fireEvent(window, dragEvent("dragenter", []));
    fireEvent(window, dragEvent("dragenter", []));
    fireEvent(window, dragEvent("dragleave", []));
    expect(screen.getByText("Drop a .json, .csv or .tsv dataset to open it")).toBeInTheDocument();
    fireEvent(window, dragEvent("dragleave", []));
    expect(screen.queryByText("Drop a .json, .csv or .tsv dataset to open it")).not.toBeInTheDocument();
  });

  it("rejects a dropped file that is neither JSON nor a spreadsheet", () => {
    const onOpen = vi.fn();
    render(<OpenDataset onOpen={onOpen} />);
    fireEvent(window, dragEvent("drop", [new File(["x"], "photo.png", { type: "image/png" })]));
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("photo.png is not a .json, .csv or .tsv file.");
  });
});

describe("isJsonFile", () => {
  it("isJsonFile accepts a .json name in any case", () => {
    expect(isJsonFile({ name: "EVENTS.JSON", type: "" })).toBe(true);
  });

  it("isJsonFile accepts the JSON media type without the extension", () => {
    expect(isJsonFile({ name: "export", type: "application/json" })).toBe(true);
  });

  it("isJsonFile refuses other files", () => {
    expect(isJsonFile({ name: "events.csv", type: "text/csv" })).toBe(false);
  });
});
