import type { ProfileSources } from '../../check';
import type { IPhotoDecoder, RgbaImage } from '../../pixels';
import { aSharePointProfile } from '../../profile/testing/sharePointProfileBuilder';
import { aGraphPhoto, aGraphUser } from '../../profile/testing/graphBuilders';
import { IGraphProfileSource, ISharePointProfileSource } from '../types';

/** An answer, or the error a source throws instead. */
export type Answer<T> = T | Error;

function answer<T>(value: Answer<T>): Promise<T> {
  return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
}

export interface FakeTenant {
  profile: Answer<unknown>;
  me: Answer<unknown>;
  photoMetadata: Answer<unknown | null>;
  /** Pixels of the photo each side serves; undefined when the bytes cannot be read. */
  sharePointPixels?: RgbaImage | 'not-an-image';
  microsoft365Pixels?: RgbaImage | 'not-an-image';
  /** The bytes Graph serves for the photo (decoding to microsoft365Pixels); a JPEG stand-in when absent. */
  microsoft365Photo?: Blob;
  /** What SetMyProfilePicture throws; it accepts the picture when absent. */
  upload?: Error;
  /** GetMyProperties once SetMyProfilePicture was called, whatever it answered; `profile` when absent. */
  profileAfterUpload?: Answer<unknown>;
  /**
   * What SharePoint's photo shows after an accepted upload; when the key is absent, the uploaded
   * picture (as SharePoint would). Undefined: the bytes cannot be read.
   */
  sharePointPixelsAfterUpload?: RgbaImage | 'not-an-image';
}

/** What the fakes were asked for, beyond `requests`. */
export interface FakeRecords {
  requests: string[];
  /** Every photo request, as "<side>:<size>:<cache-buster>" (Graph: "graph:<size>"). */
  photoRequests: string[];
  /** Every picture sent to SetMyProfilePicture, accepted or not. */
  uploads: Blob[];
  /** A blob with these bytes that the fake decoder decodes to `pixels`. */
  photoBlob(pixels: RgbaImage | 'not-an-image', bytes?: BlobPart[], type?: string): Blob;
}

// JPEG's signature (SOI + APP0 marker), so stand-in bytes pass a format check.
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff, 0xe0];

/**
 * Sources that answer from memory, for tests of everything above the sources. Photo bytes are
 * stand-in blobs; the fake decoder knows which pixels each blob stands for.
 */
export function fakeSources(tenant: Partial<FakeTenant> = {}): ProfileSources & FakeRecords {
  const t: FakeTenant = {
    profile: aSharePointProfile().inFlavour('minimal'),
    me: aGraphUser(),
    photoMetadata: aGraphPhoto(),
    ...tenant
  };
  const requests: string[] = [];
  const photoRequests: string[] = [];
  const uploads: Blob[] = [];
  const pixelsByBlob = new Map<Blob, RgbaImage | 'not-an-image'>();
  const photoBlob = (pixels: RgbaImage | 'not-an-image', bytes: BlobPart[] = [new Uint8Array(JPEG_SIGNATURE), 'photo'], type = 'image/jpeg'): Blob => {
    const blob = new Blob(bytes, { type });
    pixelsByBlob.set(blob, pixels);
    return blob;
  };
  const blobFor = (pixels: RgbaImage | 'not-an-image' | undefined): Blob | undefined =>
    pixels === undefined ? undefined : photoBlob(pixels);
  if (t.microsoft365Photo && t.microsoft365Pixels !== undefined) pixelsByBlob.set(t.microsoft365Photo, t.microsoft365Pixels);
  let uploadCalled = false;
  let sharePointPixels = t.sharePointPixels;

  const setMyProfilePicture = (photo: Blob): Promise<void> => {
    requests.push('sharePoint:SetMyProfilePicture');
    uploads.push(photo);
    uploadCalled = true;
    if (t.upload) return Promise.reject(t.upload);
    sharePointPixels = 'sharePointPixelsAfterUpload' in t ? t.sharePointPixelsAfterUpload : pixelsByBlob.get(photo);
    return Promise.resolve();
  };

  const sharePoint: ISharePointProfileSource = {
    getMyProperties: () => {
      requests.push('sharePoint:GetMyProperties');
      return answer(uploadCalled && 'profileAfterUpload' in t ? t.profileAfterUpload : t.profile);
    },
    getMyPhoto: (account, size, timestamp) => {
      requests.push('sharePoint:photo');
      photoRequests.push(`sharePoint:${size}:${timestamp}`);
      return Promise.resolve(blobFor(sharePointPixels));
    },
    photoUrl: (account, size, timestamp) => `https://contoso.sharepoint.com/sites/intranet/_layouts/15/userphoto.aspx?size=${size}&accountname=${encodeURIComponent(account)}&t=${timestamp}`,
    setMyProfilePicture
  };
  const graph: IGraphProfileSource = {
    getMe: () => { requests.push('graph:me'); return answer(t.me); },
    getMyPhotoMetadata: () => { requests.push('graph:photo'); return answer(t.photoMetadata); },
    getMyPhoto: (size) => {
      requests.push('graph:photo/$value');
      photoRequests.push(`graph:${size === undefined ? 'largest' : size}`);
      return Promise.resolve(t.microsoft365Photo || blobFor(t.microsoft365Pixels));
    },
    getProfile: async (fields, photoSize) => {
      // One $batch: /me, /me/photo and, when asked, the photo bytes.
      requests.push('graph:$batch');
      const me = await answer(t.me);
      const photoMetadata = await answer(t.photoMetadata);
      if (!photoSize || photoMetadata === null) return { me, photoMetadata };
      photoRequests.push(`graph:${photoSize}`);
      return { me, photoMetadata, photo: t.microsoft365Photo || blobFor(t.microsoft365Pixels) };
    }
  };
  const decoder: IPhotoDecoder = {
    decode: (blob) => {
      const pixels = pixelsByBlob.get(blob);
      return pixels === undefined || pixels === 'not-an-image'
        ? Promise.reject(new Error('not an image'))
        : Promise.resolve(pixels);
    }
  };
  return { sharePoint, graph, decoder, requests, photoRequests, uploads, photoBlob };
}
