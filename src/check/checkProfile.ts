import {
  compareProperties, diagnose, ownAccount, photoPresence, ProfileDataError,
  readGraphPhoto, readGraphUser, readSharePointProfile, SharePointProfile, GraphUser
} from '../profile';
import { IGraphProfileSource } from '../sources/graph/GraphProfileSource';
import { ISharePointProfileSource } from '../sources/sharePoint/SharePointProfileSource';
import { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';
import { SourceError, SourceName, sourceErrorFromThrown } from '../sources/SourceError';
import { matchPhotos } from './matchPhotos';
import { PhotoPair, PhotoView, ProfileCheck } from './types';

export interface ProfileSources {
  sharePoint: ISharePointProfileSource;
  graph: IGraphProfileSource;
  decoder: IPhotoDecoder;
}

export interface CheckOptions {
  /** Graph field names to compare. */
  fields: readonly string[];
}

// Photos are fetched at the smallest sizes that still fingerprint well and look right at 72 px.
const GRAPH_PHOTO_SIZE = 96;
const SHAREPOINT_PHOTO_SIZE = 'M';

type Settled<T> = { ok: true; value: T } | { ok: false; error: SourceError };

async function settle<T>(source: SourceName, work: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, error: error instanceof ProfileDataError
      ? new SourceError(source, 'bad-data', error.message)
      : sourceErrorFromThrown(source, error) };
  }
}

async function sharePointPhoto(sources: ProfileSources, profile: SharePointProfile): Promise<PhotoView> {
  const account = ownAccount(profile);
  const blob = await sources.sharePoint.getMyPhoto(account, SHAREPOINT_PHOTO_SIZE, profile.pictureTimestamp);
  return blob ? { blob } : { url: sources.sharePoint.photoUrl(account, SHAREPOINT_PHOTO_SIZE, profile.pictureTimestamp) };
}

async function microsoft365Photo(sources: ProfileSources): Promise<PhotoView | undefined> {
  try {
    const blob = await sources.graph.getMyPhoto(GRAPH_PHOTO_SIZE);
    return blob ? { blob } : undefined;
  } catch {
    // The metadata said there is a photo; without its bytes we show "could not load" and cannot compare.
    return {};
  }
}

/**
 * Reads both profiles, compares them and returns what the page shows. Never throws: every failure
 * becomes part of the result, with the side it came from.
 */
export async function checkProfile(sources: ProfileSources, options: CheckOptions): Promise<ProfileCheck> {
  const [rawProfile, rawUser, rawPhoto] = await Promise.all([
    settle('sharePoint', sources.sharePoint.getMyProperties()),
    settle('graph', sources.graph.getMe(options.fields)),
    settle('graph', sources.graph.getMyPhotoMetadata())
  ]);

  const profile = rawProfile.ok ? await settle('sharePoint', Promise.resolve().then(() => readSharePointProfile(rawProfile.value))) : rawProfile;
  const user = rawUser.ok ? await settle('graph', Promise.resolve().then(() => readGraphUser(rawUser.value))) : rawUser;
  const photo = rawPhoto.ok ? await settle('graph', Promise.resolve().then(() => readGraphPhoto(rawPhoto.value))) : rawPhoto;
  const checkedAt = new Date();

  const failures: SourceError[] = [];
  [profile, user, photo].forEach((result) => {
    // One failure per side is enough to explain it.
    if (!result.ok && !failures.some((f) => f.source === result.error.source)) failures.push(result.error);
  });

  const sharePoint: SharePointProfile | undefined = profile.ok ? profile.value : undefined;
  const graphUser: GraphUser | undefined = user.ok ? user.value : undefined;
  const graphSideOk = user.ok && photo.ok;

  const presence = sharePoint ? photoPresence({
    sharePointProfile: rawProfile.ok ? rawProfile.value : undefined,
    graphUser: rawUser.ok ? rawUser.value : undefined,
    graphPhoto: rawPhoto.ok ? rawPhoto.value : null
  }) : { inSharePoint: false, inMicrosoft365: false };
  const inMicrosoft365 = photo.ok && photo.value !== null;

  const [sharePointView, microsoft365View] = await Promise.all([
    sharePoint && presence.inSharePoint ? sharePointPhoto(sources, sharePoint) : Promise.resolve(undefined),
    inMicrosoft365 ? microsoft365Photo(sources) : Promise.resolve(undefined)
  ]);
  // A side that did not answer has an unknown photo, not "no photo": an empty view says "couldn't load".
  const photos: PhotoPair = {
    sharePoint: sharePoint ? sharePointView : {},
    microsoft365: graphSideOk ? microsoft365View : {}
  };

  if (!sharePoint && !graphSideOk) return { kind: 'failed', failures, checkedAt };
  if (!sharePoint || !graphUser || !graphSideOk) {
    return { kind: 'partial', failures, sharePoint, graphUser, photos, checkedAt };
  }

  const photoMatch = sharePointView && microsoft365View
    ? await matchPhotos(sources.decoder, sharePointView.blob, microsoft365View.blob)
    : undefined;
  const input = {
    sharePointProfile: rawProfile.ok ? rawProfile.value : undefined,
    graphUser: rawUser.ok ? rawUser.value : undefined,
    graphPhoto: rawPhoto.ok ? rawPhoto.value : null,
    photoMatch,
    fields: options.fields
  };
  return {
    kind: 'complete',
    diagnosis: diagnose(input),
    properties: compareProperties(input),
    sharePoint,
    graphUser,
    photos,
    photoMatch,
    checkedAt
  };
}
