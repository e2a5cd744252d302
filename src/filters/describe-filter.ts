import type { ActorMatch } from "./actor-match";

/** "A, B or C" / "A, B and C". */
function inWords(names: readonly string[], conjunction: "or" | "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

/**
 * The active filter in one line, for a view that shows no filter panel (the embed):
 * "Only events involving Vladimir Putin or Russia"; null when nothing is filtered.
 */
export function describeActorFilter(actorNames: readonly string[], match: ActorMatch): string | null {
  if (actorNames.length === 0) return null;
  return `Only events involving ${inWords(actorNames, match === "all" ? "and" : "or")}`;
}
