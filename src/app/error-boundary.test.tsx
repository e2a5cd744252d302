import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./error-boundary";

describe("ErrorBoundary", () => {
  it("shows the error with Try again, which resets and renders the children again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let broken = true;
    function Child() {
      if (broken) throw new Error("layout failed for lane 3");
      return <p>Recovered</p>;
    }
    const onReset = vi.fn(() => {
      broken = false;
    });
    render(
      <ErrorBoundary onReset={onReset}>
        <Child />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(screen.getByRole("alert")).toHaveTextContent("layout failed for lane 3");
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Recovered")).toBeInTheDocument();
  });
});
