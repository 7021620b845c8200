/**
 * The first `count` bytes of a blob. FileReader, because Blob.arrayBuffer() is missing from jsdom
 * and from older browsers SharePoint still supports; slicing first keeps a large photo unread.
 */
export function readLeadingBytes(blob: Blob, count: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error || new Error('The photo bytes could not be read'));
    reader.readAsArrayBuffer(blob.slice(0, count));
  });
}
