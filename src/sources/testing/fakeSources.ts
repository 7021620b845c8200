import { RgbaImage } from '../../profile';
import { aSharePointProfile } from '../../profile/testing/sharePointProfileBuilder';
import { aGraphPhoto, aGraphUser } from '../../profile/testing/graphBuilders';
import { ProfileSources } from '../../check/checkProfile';
import { IGraphProfileSource } from '../graph/GraphProfileSource';
import { ISharePointProfileSource } from '../sharePoint/SharePointProfileSource';
import { IPhotoDecoder } from '../photos/IPhotoDecoder';

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
}

/**
 * Sources that answer from memory, for tests of everything above the sources. Photo bytes are
 * stand-in blobs; the fake decoder knows which pixels each blob stands for.
 */
export function fakeSources(tenant: Partial<FakeTenant> = {}): ProfileSources & { requests: string[] } {
  const t: FakeTenant = {
    profile: aSharePointProfile().inFlavour('minimal'),
    me: aGraphUser(),
    photoMetadata: aGraphPhoto(),
    ...tenant
  };
  const requests: string[] = [];
  const pixelsByBlob = new Map<Blob, RgbaImage | 'not-an-image'>();
  const blobFor = (pixels: RgbaImage | 'not-an-image' | undefined): Blob | undefined => {
    if (pixels === undefined) return undefined;
    const blob = new Blob(['photo'], { type: 'image/jpeg' });
    pixelsByBlob.set(blob, pixels);
    return blob;
  };

  const sharePoint: ISharePointProfileSource = {
    getMyProperties: () => { requests.push('sharePoint:GetMyProperties'); return answer(t.profile); },
    getMyPhoto: () => { requests.push('sharePoint:photo'); return Promise.resolve(blobFor(t.sharePointPixels)); },
    photoUrl: (account, size, timestamp) => `https://contoso.sharepoint.com/sites/intranet/_layouts/15/userphoto.aspx?size=${size}&accountname=${encodeURIComponent(account)}&t=${timestamp}`
  };
  const graph: IGraphProfileSource = {
    getMe: () => { requests.push('graph:me'); return answer(t.me); },
    getMyPhotoMetadata: () => { requests.push('graph:photo'); return answer(t.photoMetadata); },
    getMyPhoto: () => { requests.push('graph:photo/$value'); return Promise.resolve(blobFor(t.microsoft365Pixels)); }
  };
  const decoder: IPhotoDecoder = {
    decode: (blob) => {
      const pixels = pixelsByBlob.get(blob);
      return pixels === undefined || pixels === 'not-an-image'
        ? Promise.reject(new Error('not an image'))
        : Promise.resolve(pixels);
    }
  };
  return { sharePoint, graph, decoder, requests };
}
