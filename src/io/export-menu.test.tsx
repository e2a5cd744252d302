import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { ExportMenu } from "./export-menu";
import { saveFile } from "./save-file";

vi.mock("./save-file", () => ({ saveFile: vi.fn() }));

const index = buildDatasetIndex(fixtureDataset());
const shown = index.events.filter((event) => event.actors.includes("vladimir-putin"));

describe("ExportMenu", () => {
  it("offers CSV, JSON and a calendar file for the events shown", async () => {
    const user = userEvent.setup();
    render(<ExportMenu index={index} events={shown} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    const formats = screen.getByRole("group", { name: "Export formats" });
    expect(formats).toHaveTextContent(`The ${shown.length} events shown, as:`);
    expect(screen.getByRole("button", { name: /^CSV/ })).toHaveFocus();
    expect(screen.getByRole("button", { name: /^JSON/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Calendar \(\.ics\)/ })).toBeInTheDocument();
  });

  it("exports the shown events as a calendar file named after the dataset and the day", async () => {
    const user = userEvent.setup();
    render(<ExportMenu index={index} events={shown} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: /^Calendar/ }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const [file, name] = vi.mocked(saveFile).mock.calls[0]!;
    expect(file.type).toBe("text/calendar;charset=utf-8");
    expect(name).toMatch(/^fixture-russia-in-syria-\d{4}-\d{2}-\d{2}\.ics$/);
    expect((await file.text()).match(/BEGIN:VEVENT/g)).toHaveLength(shown.length);
    expect(screen.getByRole("status")).toHaveTextContent(`Exported ${shown.length} events to ${name}`);
    expect(screen.queryByRole("group", { name: "Export formats" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export" })).toHaveFocus();
  });

  it("closes with Escape and gives focus back to the button", async () => {
    const user = userEvent.setup();
    render(<ExportMenu index={index} events={shown} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Export formats" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("button", { name: "Export" })).toHaveFocus();
  });
});
