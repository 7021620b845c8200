import { describeValue, isPlainObject } from './describeValue';
import { describeODataError, readODataError } from './odataError';
import { ProfileDataError } from './ProfileDataError';
import { GraphPhoto } from './types';

// Reads the body of GET /v1.0/me/photo (metadata, not $value). null means "no photo": the adapter
// got a 404, passed the 404 body itself, or Graph served its 1x1 placeholder.

const INPUT = 'graphPhoto';
const EXPECTED = 'null (no photo), the photo metadata of GET /v1.0/me/photo or its 404 error body';

// Graph reports a missing photo with one of these codes, depending on the tenant's age.
const PHOTO_NOT_FOUND_CODES = ['ErrorEntityNotFound', 'ImageNotFound', 'ErrorItemNotFound'];

const CONTENT_TYPE = '@odata.mediaContentType';
const ETAG = '@odata.mediaEtag';

export function readGraphPhoto(raw: unknown | null): GraphPhoto | null {
  if (raw === null) return null;
  if (!isPlainObject(raw)) {
    throw new ProfileDataError(`${INPUT}: expected ${EXPECTED}, got ${describeValue(raw)}.`);
  }
  const error = readODataError(raw);
  if (error) {
    if (PHOTO_NOT_FOUND_CODES.indexOf(error.code) >= 0) return null;
    throw new ProfileDataError(
      `${INPUT}: Microsoft Graph answered with an error that does not mean "no photo"` +
        ` (${describeODataError(error)}).`
    );
  }
  if (!isPhotoMetadata(raw)) {
    throw new ProfileDataError(
      `${INPUT}: expected ${EXPECTED} (with ${CONTENT_TYPE}, width and height), got ${describeValue(raw)}.`
    );
  }
  const photo: GraphPhoto = {
    contentType: typeof raw[CONTENT_TYPE] === 'string' ? (raw[CONTENT_TYPE] as string) : '',
    etag: typeof raw[ETAG] === 'string' ? (raw[ETAG] as string) : '',
    width: typeof raw.width === 'number' ? raw.width : 0,
    height: typeof raw.height === 'number' ? raw.height : 0
  };
  return isPlaceholder(photo, raw.id) ? null : photo;
}

function isPhotoMetadata(body: Record<string, unknown>): boolean {
  const hasContentType = typeof body[CONTENT_TYPE] === 'string';
  const hasSize = typeof body.width === 'number' && typeof body.height === 'number';
  const sizeIsValid = isOptionalNumber(body.width) && isOptionalNumber(body.height);
  return (hasContentType || hasSize) && sizeIsValid;
}

function isOptionalNumber(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'number';
}

// Some tenants answer a user without a photo with a 1x1 GIF instead of a 404.
function isPlaceholder(photo: GraphPhoto, id: unknown): boolean {
  return id === '1x1' || (photo.contentType.toLowerCase() === 'image/gif' && photo.width === 1);
}
