/** "russia-in-syria-2015-2017" for "Russia in Syria, 2015–2017": letters and digits of any script, joined by hyphens. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "timeline" : slug.slice(0, 80).replace(/-+$/, "");
}

/** The reader's calendar date, 2026-11-23. */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `russia-in-syria-2015-2017-2026-11-23.csv`: the dataset's title and the day of the export. */
export function exportFileName(title: string, date: Date, extension: string): string {
  return `${fileSlug(title)}-${localDay(date)}.${extension}`;
}
