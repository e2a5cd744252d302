import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { useLatest } from "../ui/use-latest";
import type { TimeInterval } from "../dataset/event-time";
import { panWindow, zoomWindow } from "./zoom";

/** Movement before a press becomes a drag, so a tap on a mark stays a click. */
const DRAG_THRESHOLD_PX = 4;
const WHEEL_ZOOM_RATE = 0.002;
/** Trackpad pinches arrive as wheel events with ctrlKey and small deltas. */
const PINCH_ZOOM_RATE = 0.01;

interface GestureOptions {
  visible: TimeInterval;
  domain: TimeInterval;
  plotLeft: number;
  plotWidth: number;
  onWindowChange(visible: TimeInterval): void;
}

interface Press {
  x: number;
  y: number;
}

/** What the gesture handlers share: the latest options, the window last asked for, and how to ask for another. */
interface GestureContext {
  options: RefObject<GestureOptions>;
  requested: RefObject<TimeInterval>;
  change(next: TimeInterval): void;
  msPerPx(span: TimeInterval): number;
  plotX(clientX: number): number;
}

/** Wheel zooms at the pointer; shift+wheel or a sideways swipe pans; a trackpad pinch (ctrl+wheel) zooms faster. */
function wheelHandler({ options, requested, change, msPerPx, plotX }: GestureContext) {
  return (event: WheelEvent) => {
    event.preventDefault();
    const { domain, plotWidth } = options.current;
    const current = requested.current;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? plotWidth : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      change(panWindow(current, (dx !== 0 ? dx : dy) * msPerPx(current), domain));
      return;
    }
    const factor = Math.exp(dy * (event.ctrlKey ? PINCH_ZOOM_RATE : WHEEL_ZOOM_RATE));
    const x = Math.min(Math.max(plotX(event.clientX), 0), plotWidth);
    change(zoomWindow(current, factor, current.start + x * msPerPx(current), domain));
  };
}

/**
 * Wheel zoom at the pointer (shift+wheel or a sideways swipe pans), drag to
 * pan, and two-finger pinch, on `target`. Trackpads send more events than the
 * screen has frames: each builds on the window last requested, and the chart
 * is asked to change at most once per frame.
 */
export function useChartGestures(target: RefObject<Element | null>, options: GestureOptions): void {
  const latest = useLatest(options);
  const requested = useRef(options.visible);
  const frame = useRef<number | null>(null);
  const visible = options.visible;
  // A window from outside (a button, the overview, the address) is where the next gesture starts, unless one is mid-frame.
  useLayoutEffect(() => {
    if (frame.current === null) requested.current = visible;
  }, [visible]);

  useEffect(() => {
    const element = target.current as HTMLElement | SVGElement | null;
    if (!element) return undefined;

    const change = (next: TimeInterval) => {
      requested.current = next;
      if (frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        latest.current.onWindowChange(requested.current);
      });
    };
    const msPerPx = (span: TimeInterval) => (span.end - span.start) / latest.current.plotWidth;
    const plotX = (clientX: number) => clientX - element.getBoundingClientRect().left - latest.current.plotLeft;

    const onWheel = wheelHandler({ options: latest, requested, change, msPerPx, plotX });

    const pointers = new Map<number, Press>();
    let baseline: { visible: TimeInterval; pointers: Map<number, Press> } | null = null;
    let dragged = false;
    const resetBaseline = () => {
      baseline = pointers.size > 0 ? { visible: requested.current, pointers: new Map(pointers) } : null;
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) dragged = false;
      resetBaseline();
    };

    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId) || !baseline) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const { domain } = latest.current;
      const ids = [...pointers.keys()];
      if (ids.length === 1) {
        const start = baseline.pointers.get(ids[0]!)!;
        const dx = event.clientX - start.x;
        if (!dragged && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
        if (!dragged) {
          dragged = true;
          // Capture only once it is a drag, so a plain click still reaches the mark under it.
          element.setPointerCapture(event.pointerId);
        }
        change(panWindow(baseline.visible, -dx * msPerPx(baseline.visible), domain));
        return;
      }
      const [a, b] = ids.slice(0, 2).map((id) => [baseline!.pointers.get(id)!, pointers.get(id)!] as const);
      if (!a || !b) return;
      dragged = true;
      const before = Math.max(1, Math.hypot(a[0].x - b[0].x, a[0].y - b[0].y));
      const after = Math.max(1, Math.hypot(a[1].x - b[1].x, a[1].y - b[1].y));
      const midBefore = plotX((a[0].x + b[0].x) / 2);
      const midAfter = plotX((a[1].x + b[1].x) / 2);
      const anchor = baseline.visible.start + midBefore * msPerPx(baseline.visible);
      const zoomed = zoomWindow(baseline.visible, before / after, anchor, domain);
      change(panWindow(zoomed, (midBefore - midAfter) * msPerPx(zoomed), domain));
    };

    const onPointerEnd = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      resetBaseline();
    };

    // A drag that ends over a mark must not select it.
    const onClickCapture = (event: MouseEvent) => {
      if (!dragged) return;
      dragged = false;
      event.stopPropagation();
      event.preventDefault();
    };

    element.addEventListener("wheel", onWheel as EventListener, { passive: false });
    element.addEventListener("pointerdown", onPointerDown as EventListener);
    element.addEventListener("pointermove", onPointerMove as EventListener);
    element.addEventListener("pointerup", onPointerEnd as EventListener);
    element.addEventListener("pointercancel", onPointerEnd as EventListener);
    element.addEventListener("click", onClickCapture as EventListener, true);
    return () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      element.removeEventListener("wheel", onWheel as EventListener);
      element.removeEventListener("pointerdown", onPointerDown as EventListener);
      element.removeEventListener("pointermove", onPointerMove as EventListener);
      element.removeEventListener("pointerup", onPointerEnd as EventListener);
      element.removeEventListener("pointercancel", onPointerEnd as EventListener);
      element.removeEventListener("click", onClickCapture as EventListener, true);
    };
  }, [target, latest]);
}
