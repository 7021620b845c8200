// The base64 of blobs that came as base64, or whose base64 was read ahead: saving them (the verdict
// cache) then takes no read of its own. Kept as long as the blob is.
const known = new WeakMap<Blob, Promise<string>>();

/** Bytes carried as base64 text (Graph `$batch` bodies, the verdict cache) back to a Blob, which remembers the text. */
export function blobFromBase64(base64: string, contentType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const blob = new Blob([bytes], { type: contentType });
  known.set(blob, Promise.resolve(base64));
  return blob;
}

// btoa takes a string of one character per byte; built in chunks, the argument list stays short.
const CHUNK = 0x2000;
// The browser's own encoder where it has one (Chromium 140, Firefox 133, Safari 18.2).
const bytesPrototype = Uint8Array.prototype as { toBase64?: () => string };

function base64OfBytes(bytes: Uint8Array): string {
  const toBase64 = bytesPrototype.toBase64;
  if (typeof toBase64 === 'function') return toBase64.call(bytes);
  let binary = '';
  // apply takes the typed array itself as its argument list.
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode.apply(null, bytes.subarray(at, at + CHUNK) as unknown as number[]);
  return btoa(binary);
}

function read(blob: Blob): Promise<string> {
  // Reading the bytes costs less than a FileReader's data URL: in CPU profiles of cold views at
  // LATENCY_MS=0, reading SharePoint's photo ahead took 3.8 ms that way and 0.5 ms this way.
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((buffer) => base64OfBytes(new Uint8Array(buffer)));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** A Blob as base64 text: at once when it came as base64 or was read ahead. */
export function base64Of(blob: Blob): Promise<string> {
  const text = known.get(blob);
  if (text) return text;
  const reading = read(blob);
  known.set(blob, reading);
  // A failed read is not kept: the next ask reads again.
  reading.catch(() => known.delete(blob));
  return reading;
}

/**
 * Starts reading the blob's base64 now, while other work goes on (a photo decoding), so that saving
 * it later waits for no read. A failure here is only found again by base64Of.
 */
export function readBase64Ahead(blob: Blob): void {
  base64Of(blob).catch(() => undefined);
}
