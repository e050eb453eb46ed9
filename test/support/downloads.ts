/**
 * Catches the pane's downloads in jsdom, which has no Blob URLs and does not follow links: the
 * file name and the text of each Blob offered for download.
 */
export interface Download {
  fileName: string;
  text: string;
}

/** Starts catching; call `stop` to end. Each download's text arrives once read. */
export function catchDownloads(): { downloads: () => Promise<Download[]>; stop: () => void } {
  const blobs = new Map<string, Blob>();
  const offered: { fileName: string; blob: Blob }[] = [];
  const url = URL as unknown as { createObjectURL?: (blob: Blob) => string; revokeObjectURL?: (url: string) => void };
  const saved = { create: url.createObjectURL, revoke: url.revokeObjectURL };
  url.createObjectURL = (blob) => {
    const href = `blob:telescore/${blobs.size + 1}`;
    blobs.set(href, blob);
    return href;
  };
  url.revokeObjectURL = () => {};
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    offered.push({ fileName: this.download, blob: blobs.get(this.href)! });
  });
  return {
    downloads: () => Promise.all(offered.map(async ({ fileName, blob }) => ({ fileName, text: await blobText(blob) }))),
    stop: () => {
      click.mockRestore();
      url.createObjectURL = saved.create;
      // The pane revokes its URLs some seconds after a download, possibly after the test: where
      // jsdom has no revokeObjectURL, a no-op stays for those late calls.
      url.revokeObjectURL = saved.revoke ?? (() => {});
    },
  };
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
