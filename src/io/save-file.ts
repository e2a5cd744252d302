/** How long the download's object URL is kept: the browser reads it after the click returns. */
const REVOKE_AFTER_MS = 60_000;

/** Hands a file to the browser's download, with this name. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
