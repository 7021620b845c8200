/**
 * Saves text as a file the way browsers allow without a server: a Blob, an object URL and a
 * temporary <a download>. The URL is revoked after the click has started the download.
 */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  doc.body.removeChild(link);
  // Some browsers read the URL after click() returns: revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
