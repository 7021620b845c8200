import { Diagnosis, GraphUser, PhotoFingerprint, PropertyComparison, SharePointProfile } from '../profile';
import { SourceError } from '../sources/SourceError';

/** One side's photo as the page can show it: its bytes, or failing that a URL SharePoint serves it at. */
export interface PhotoView {
  blob?: Blob;
  url?: string;
  /** The pixels' fingerprint, when they could be read. */
  fingerprint?: PhotoFingerprint;
  /** What changes when this photo changes (SharePoint's timestamp, Graph's etag). */
  validator?: string;
}

/** A photo from an earlier check, reused while its validator has not changed. */
export interface KnownPhoto {
  validator: string;
  blob?: Blob;
  fingerprint?: PhotoFingerprint;
}

export interface KnownPhotos {
  sharePoint?: KnownPhoto;
  microsoft365?: KnownPhoto;
}

/** Each side's photo; a side without a photo has none. */
export interface PhotoPair {
  sharePoint?: PhotoView;
  microsoft365?: PhotoView;
}

export type PhotoMatch = 'same' | 'different' | 'unknown';

/** Both profiles were read: the verdict. */
export interface CompleteCheck {
  kind: 'complete';
  diagnosis: Diagnosis;
  properties: PropertyComparison[];
  sharePoint: SharePointProfile;
  graphUser: GraphUser;
  photos: PhotoPair;
  photoMatch: PhotoMatch | undefined;
  checkedAt: Date;
}

/** One side answered and the other did not: no verdict, but what we could read. */
export interface PartialCheck {
  kind: 'partial';
  failures: SourceError[];
  sharePoint?: SharePointProfile;
  graphUser?: GraphUser;
  photos: PhotoPair;
  checkedAt: Date;
}

/** Neither side could be read. */
export interface FailedCheck {
  kind: 'failed';
  failures: SourceError[];
  checkedAt: Date;
}

export type ProfileCheck = CompleteCheck | PartialCheck | FailedCheck;
