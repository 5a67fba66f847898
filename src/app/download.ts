/** Offers a file to save, as a download link would: exports, review files and backups all leave this way. */
export function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser may still be reading the blob when click() returns; revoke it well after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
