/**
 * Several names in one cell (our CSV's actors): joined with "; ", a ";" inside a
 * name doubled, as RFC 4180 doubles a quote inside a field. So any name splits
 * back as it was, and a cell typed by hand reads as it looks ("Russia; Syria").
 */

const SEPARATOR = "; ";

/** ["Vladimir Putin", "A;B"] → "Vladimir Putin; A;;B". */
export function joinNames(names: readonly string[]): string {
  return names.map((name) => name.replaceAll(";", ";;")).join(SEPARATOR);
}

/** "Vladimir Putin; A;;B" → ["Vladimir Putin", "A;B"]: a single ";" separates, ";;" is a ";"; names are trimmed, empty ones dropped. */
export function splitNames(cell: string): string[] {
  if (!cell.includes(";;")) return trimmed(cell.split(";"));
  const names: string[] = [];
  let name = "";
  for (let at = 0; at < cell.length; at++) {
    const char = cell[at]!;
    if (char !== ";") name += char;
    else if (cell[at + 1] === ";") {
      name += ";";
      at += 1;
    } else {
      names.push(name);
      name = "";
    }
  }
  names.push(name);
  return trimmed(names);
}

// One loop, not map and filter: it runs for every row of a big file.
function trimmed(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const trimmedName = name.trim();
    if (trimmedName !== "") kept.push(trimmedName);
  }
  return kept;
}
