/** Offers a file to save, as a download link would: exports, review files and backups all leave this way. */
export function download(fileName: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser may still be reading the blob when click() returns; revoke it well after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
