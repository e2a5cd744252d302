/**
 * Lane colours, in `tracks` order: 700 shades on light backgrounds and 300
 * shades on dark ones keep at least 3:1 contrast for marks. Shapes and the
 * lane's name carry the meaning too, so colour is never the only cue. `hex` is
 * the light 700 shade, for the preview cards the build draws.
 */
export const TRACK_COLORS = [
  { hex: "#0369a1", fill: "fill-sky-700 dark:fill-sky-300", stroke: "stroke-sky-700 dark:stroke-sky-300" },
  { hex: "#c2410c", fill: "fill-orange-700 dark:fill-orange-300", stroke: "stroke-orange-700 dark:stroke-orange-300" },
  { hex: "#047857", fill: "fill-emerald-700 dark:fill-emerald-300", stroke: "stroke-emerald-700 dark:stroke-emerald-300" },
  { hex: "#6d28d9", fill: "fill-violet-700 dark:fill-violet-300", stroke: "stroke-violet-700 dark:stroke-violet-300" },
  { hex: "#be123c", fill: "fill-rose-700 dark:fill-rose-300", stroke: "stroke-rose-700 dark:stroke-rose-300" },
  { hex: "#0f766e", fill: "fill-teal-700 dark:fill-teal-300", stroke: "stroke-teal-700 dark:stroke-teal-300" },
] as const;

export function trackColor(order: number): (typeof TRACK_COLORS)[number] {
  return TRACK_COLORS[order % TRACK_COLORS.length]!;
}
