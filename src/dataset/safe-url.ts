/**
 * The URL if it is an http(s) URL, else null: only such links are ever rendered or fetched.
 * Without `base` it must be absolute; with one, a relative URL is resolved against it.
 */
export function safeHttpUrl(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
