import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import type { ParseReply, ParseRequest } from "../src/dataset/parse-dataset-protocol";
import { createParseHandler } from "../src/dataset/parse-request";

afterEach(() => cleanup());

// jsdom has <dialog> but not its modal methods; these do what the tests rely on (the browser tests use the real ones).
if (typeof HTMLDialogElement !== "undefined") {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

// jsdom has no Worker; the page hands spreadsheets and datasets only the schema can judge to the parsing
// worker, so the tests run the worker's handler in-process, replying in later tasks as a worker would.
class InProcessParsingWorker {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;
  private readonly handle = createParseHandler((data) => {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ParseReply>);
    });
  });
  postMessage(request: ParseRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      // A real worker reports what its handler throws as an error event.
      try {
        this.handle(request);
      } catch (error) {
        this.onerror?.({ message: error instanceof Error ? error.message : String(error) } as ErrorEvent);
      }
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}
globalThis.Worker ??= InProcessParsingWorker as unknown as typeof Worker;
