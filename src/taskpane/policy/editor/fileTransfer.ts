/** Moving text between the pane and the user's files: a download through a Blob URL, and reading a chosen file. */

const REVOKE_AFTER_MS = 10_000;

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  // Firefox only follows a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers resolve the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A chosen file's text, read as UTF-8 (FileReader: jsdom, which the tests run in, has no Blob.text()). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(file);
  });
}

/** The name of the file an exported policy is saved as: telescore-policy-r<revision>.json. */
export function exportFileName(revision: number): string {
  return `telescore-policy-r${revision}.json`;
}
