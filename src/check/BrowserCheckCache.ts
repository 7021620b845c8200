import type { PhotoFingerprint } from '../pixels';
import type { SharePointProfile } from '../profile';
import { base64Of, blobFromBase64 } from '../sources/base64';
import { CachedCheck, CompleteCheck, ICheckCache, PhotoView } from './types';

interface StoredPhoto {
  /** Absent when the photo had none (an empty etag): kept to show, never reused. */
  validator?: string;
  fingerprint?: PhotoFingerprint;
  /** base64 of the small rendition shown on the page */
  image?: string;
  type?: string;
}

interface StoredCheck {
  version: number;
  user: string;
  savedAt: number;
  fields: string[];
  check: Omit<CompleteCheck, 'photos' | 'checkedAt'> & { checkedAt: string };
  photos: { sharePoint?: StoredPhoto; microsoft365?: StoredPhoto };
}

const VERSION = 1;
const KEY_PREFIX = 'profile-sync:check:';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberList(value: unknown, length: number): boolean {
  return Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && isFinite(n));
}

function isFingerprint(value: unknown): value is PhotoFingerprint {
  return isObject(value) && isNumberList(value.colours, 768) && isNumberList(value.greyGradients, 64);
}

function isStoredPhoto(value: unknown): value is StoredPhoto {
  return isObject(value) && (value.validator === undefined || typeof value.validator === 'string') &&
    (value.fingerprint === undefined || isFingerprint(value.fingerprint)) &&
    (value.image === undefined || typeof value.image === 'string') &&
    (value.type === undefined || /^image\/[a-z+.-]+$/.test(String(value.type)));
}

function isStringRecord(value: unknown): boolean {
  return isObject(value) && Object.keys(value).every((key) => typeof value[key] === 'string' || isStringRecord(value[key]) || Array.isArray(value[key]));
}

/** Trusts nothing: an entry of another user, another version or another shape is not a cached check. */
function isStoredCheck(value: unknown, user: string): value is StoredCheck {
  if (!isObject(value) || value.version !== VERSION || value.user !== user || typeof value.savedAt !== 'number') return false;
  if (!Array.isArray(value.fields) || !value.fields.every((f) => typeof f === 'string')) return false;
  const check = value.check;
  const photos = value.photos;
  if (!isObject(check) || !isObject(photos)) return false;
  const diagnosis = check.diagnosis;
  return check.kind === 'complete' && isObject(diagnosis) &&
    (diagnosis.status === 'in-sync' || diagnosis.status === 'out-of-sync') &&
    Array.isArray(diagnosis.findings) && diagnosis.findings.every((f) => isObject(f) && typeof f.code === 'string' && typeof f.severity === 'string') &&
    Array.isArray(check.properties) && check.properties.every((p) => isObject(p) && typeof p.field === 'string') &&
    isStringRecord(check.sharePoint) && isStringRecord(check.graphUser) &&
    typeof check.checkedAt === 'string' && !isNaN(Date.parse(check.checkedAt)) &&
    (photos.sharePoint === undefined || isStoredPhoto(photos.sharePoint)) &&
    (photos.microsoft365 === undefined || isStoredPhoto(photos.microsoft365));
}

function viewOf(stored: StoredPhoto | undefined): PhotoView | undefined {
  if (!stored) return undefined;
  return {
    validator: stored.validator,
    fingerprint: stored.fingerprint,
    blob: stored.image ? blobFromBase64(stored.image, stored.type || 'image/jpeg') : undefined
  };
}

async function storedOf(view: PhotoView | undefined): Promise<StoredPhoto | undefined> {
  if (!view || (view.validator === undefined && !view.blob)) return undefined;
  return {
    validator: view.validator,
    fingerprint: view.fingerprint,
    image: view.blob ? await base64Of(view.blob) : undefined,
    type: view.blob ? view.blob.type || 'image/jpeg' : undefined
  };
}

const PICTURE_STATE_KEYS = ['SPS-PicturePlaceholderState', 'SPS-PictureExchangeSyncState', 'SPS-PictureTimestamp'];

/**
 * What of SharePoint's profile is kept: its named fields, and of its properties only those the
 * comparison read. The others are whatever the tenant put there (custom properties may hold
 * anything, secrets included) and the page never shows them from a cached check.
 */
function keptProfile(profile: SharePointProfile, check: CompleteCheck): SharePointProfile {
  const properties: Record<string, string> = {};
  const keep = (key: string): void => {
    if (Object.prototype.hasOwnProperty.call(profile.properties, key)) properties[key] = profile.properties[key];
  };
  check.properties.forEach((row) => keep(row.sharePointKey));
  // Whether the profile records its picture state at all decides what its PictureURL means (photoPresence.ts).
  PICTURE_STATE_KEYS.forEach(keep);
  return { ...profile, properties };
}

/**
 * The cache in the browser's localStorage, one entry per user: the verdict, both profiles as the
 * page shows them, the photos' validators and fingerprints, and the small photo renditions.
 */
export class BrowserCheckCache implements ICheckCache {
  private readonly _key: string;

  public constructor(private readonly _storage: Storage, private readonly _user: string, private readonly _now: () => number = Date.now) {
    this._key = KEY_PREFIX + _user;
  }

  public read(): CachedCheck | undefined {
    let value: unknown;
    try {
      const text = this._storage.getItem(this._key);
      if (text === null) return undefined;
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (!isStoredCheck(value, this._user)) {
      // Corrupt or foreign: never trusted, and removed so the next check replaces it.
      this._forget();
      return undefined;
    }
    try {
      return {
        savedAt: value.savedAt,
        fields: value.fields,
        check: {
          ...value.check,
          checkedAt: new Date(value.check.checkedAt),
          photos: { sharePoint: viewOf(value.photos.sharePoint), microsoft365: viewOf(value.photos.microsoft365) }
        }
      };
    } catch {
      this._forget();
      return undefined;
    }
  }

  public async write(check: CompleteCheck, fields: readonly string[]): Promise<void> {
    const { photos, checkedAt } = check;
    const stored: StoredCheck = {
      version: VERSION,
      user: this._user,
      savedAt: this._now(),
      fields: fields.slice(),
      // Named one by one: whatever else a check may carry one day is not kept until it is named here.
      check: {
        kind: 'complete',
        diagnosis: check.diagnosis,
        properties: check.properties,
        sharePoint: keptProfile(check.sharePoint, check),
        graphUser: check.graphUser,
        photoMatch: check.photoMatch,
        checkedAt: checkedAt.toISOString()
      },
      photos: { sharePoint: await storedOf(photos.sharePoint), microsoft365: await storedOf(photos.microsoft365) }
    };
    try {
      this._storage.setItem(this._key, JSON.stringify(stored));
    } catch {
      // Storage full or disabled (private browsing): the page works, only without the cache.
    }
  }

  private _forget(): void {
    try {
      this._storage.removeItem(this._key);
    } catch {
      // Nothing to do: an unreadable storage is no cache.
    }
  }
}
