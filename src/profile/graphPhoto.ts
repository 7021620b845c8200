import { describeValue, isPlainObject } from './describeValue';
import { describeODataError, readODataError } from './odataError';
import { ProfileDataError } from './ProfileDataError';
import { GraphPhoto, GraphPhotoState } from './types';

// Reads the body of GET /v1.0/me/photo (metadata, not $value). "No photo": the adapter got a 404 and
// passed null or the 404 body with a "no photo" code, or Graph served its 1x1 placeholder. A 404 with
// any other code (the mailbox is on premises, no Exchange profile) means Graph could not tell.

const INPUT = 'graphPhoto';
const EXPECTED = 'null (no photo), the photo metadata of GET /v1.0/me/photo or its 404 error body';

// Graph reports a missing photo with one of these codes, depending on the tenant's age
// (docs/DOMAIN.md, "Microsoft Graph shapes").
const PHOTO_NOT_FOUND_CODES = ['ErrorEntityNotFound', 'ImageNotFound', 'ErrorItemNotFound'];
// Errors of the request itself (refused, throttled, failing): not an answer about the photo, so the
// caller should have reported the failure instead of passing its body on.
const REQUEST_FAILURE_CODE = /denied|authoriz|authenticat|forbidden|throttl|toomanyrequests|activitylimit|unavailable|timeout/i;

const CONTENT_TYPE = '@odata.mediaContentType';
const ETAG = '@odata.mediaEtag';

/** The photo, or null when there is none; throws ProfileDataError when Graph could not tell. */
export function readGraphPhoto(raw: unknown | null): GraphPhoto | null {
  const state = readGraphPhotoState(raw);
  if (state.kind === 'unknown') {
    throw new ProfileDataError(`${INPUT}: Microsoft Graph could not tell whether there is a photo (${state.reason}).`);
  }
  return state.kind === 'photo' ? state.photo : null;
}

/** A photo, no photo, or "Graph could not tell" with Graph's own words for why. */
export function readGraphPhotoState(raw: unknown | null): GraphPhotoState {
  if (raw === null) return { kind: 'none' };
  if (!isPlainObject(raw)) {
    throw new ProfileDataError(`${INPUT}: expected ${EXPECTED}, got ${describeValue(raw)}.`);
  }
  const error = readODataError(raw);
  if (error) {
    if (PHOTO_NOT_FOUND_CODES.indexOf(error.code) >= 0) return { kind: 'none' };
    if (error.code === '' || REQUEST_FAILURE_CODE.test(error.code)) {
      throw new ProfileDataError(
        `${INPUT}: Microsoft Graph answered with an error that does not mean "no photo"` +
          ` (${describeODataError(error)}).`
      );
    }
    return { kind: 'unknown', reason: describeODataError(error) };
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
  return isPlaceholder(photo, raw.id) ? { kind: 'none' } : { kind: 'photo', photo };
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
