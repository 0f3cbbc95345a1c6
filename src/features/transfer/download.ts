/** Hands a file to the browser as a download (nothing leaves the browser). */
export function downloadFile(name: string, type: string, content: BlobPart) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
