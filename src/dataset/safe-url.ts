/**
 * The URL if it is an http(s) URL without a user name or password, else null:
 * only such links are ever rendered or fetched. Without `base` it must be
 * absolute; with one, a relative URL is resolved against it.
 */
export function safeHttpUrl(url: string | null | undefined, base?: string): string | null {
  const parsed = parseUrl(url, base);
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return null;
  return parsed.username === "" && parsed.password === "" ? parsed.href : null;
}

/** True when the URL carries a user name or password (`https://user:pass@host/`), which links must not. */
export function hasCredentials(url: string, base?: string): boolean {
  const parsed = parseUrl(url, base);
  return parsed !== null && (parsed.username !== "" || parsed.password !== "");
}

function parseUrl(url: string | null | undefined, base?: string): URL | null {
  if (!url) return null;
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
