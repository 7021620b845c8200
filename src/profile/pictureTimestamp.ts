// SPS-PictureTimestamp holds a number like "63783110969". Read as seconds since
// 0001-01-01T00:00:00Z (.NET's DateTime epoch) it lands in March 2022, close to when such photos
// were set; that reading is our inference, not documented (docs/DOMAIN.md).

/** Seconds from 0001-01-01T00:00:00Z to 1970-01-01T00:00:00Z (719,162 days). */
const SECONDS_FROM_YEAR_ONE_TO_UNIX_EPOCH = 62135596800;

export function pictureTimestampToDate(timestamp: string): Date | undefined {
  const text = typeof timestamp === 'string' ? timestamp.trim() : '';
  if (!/^\d{1,15}$/.test(text)) return undefined;
  const seconds = parseInt(text, 10);
  // 0 and small values are "never set", not dates in antiquity.
  if (seconds <= SECONDS_FROM_YEAR_ONE_TO_UNIX_EPOCH) return undefined;
  return new Date((seconds - SECONDS_FROM_YEAR_ONE_TO_UNIX_EPOCH) * 1000);
}
