import {
  compareProperties, diagnose, fingerprintsMatch, ownAccount, photoPresenceOf, ProfileDataError,
  readGraphPhoto, readGraphUser, readSharePointProfile, SharePointProfile, GraphUser, GraphPhoto
} from '../profile';
import { GraphProfile, IGraphProfileSource } from '../sources/graph/GraphProfileSource';
import { ISharePointProfileSource } from '../sources/sharePoint/SharePointProfileSource';
import { IPhotoDecoder } from '../sources/photos/IPhotoDecoder';
import { SourceError, SourceName, sourceErrorFromThrown } from '../sources/SourceError';
import { KnownPhoto, KnownPhotos, PhotoMatch, PhotoPair, PhotoView, ProfileCheck } from './types';

export interface ProfileSources {
  sharePoint: ISharePointProfileSource;
  graph: IGraphProfileSource;
  decoder: IPhotoDecoder;
}

export interface CheckOptions {
  /** Graph field names to compare. */
  fields: readonly string[];
  /**
   * The user's own account (e-mail or UPN) when the page knows it before any request (SPFx's page
   * context does): the SharePoint photo is then fetched together with everything else.
   */
  account?: string;
  /** Photos from the last check with their validators: bytes are fetched again only when one changed. */
  known?: KnownPhotos;
}

// Photos are fetched at the smallest sizes that still fingerprint well and look right at 72 px.
const GRAPH_PHOTO_SIZE = 96;
const SHAREPOINT_PHOTO_SIZE = 'M';

type Settled<T> = { ok: true; value: T } | { ok: false; error: SourceError };

async function settle<T>(source: SourceName, work: () => T | Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof ProfileDataError
      ? new SourceError(source, 'bad-data', error.message)
      : sourceErrorFromThrown(source, error) };
  }
}

/** What says whether SharePoint's photo changed: its placeholder state and timestamp. */
export function sharePointPhotoValidator(profile: SharePointProfile): string {
  return `${profile.placeholderState}:${profile.pictureTimestamp}`;
}

/** What says whether the Microsoft 365 photo changed: Graph's media etag. */
export function microsoft365PhotoValidator(photo: GraphPhoto): string {
  return photo.etag;
}

function reuse(known: KnownPhoto | undefined, validator: string): PhotoView | undefined {
  return known && known.validator === validator ? { blob: known.blob, fingerprint: known.fingerprint, validator } : undefined;
}

async function sharePointView(sources: ProfileSources, profile: SharePointProfile, options: CheckOptions,
  early: Promise<Blob | undefined> | undefined): Promise<PhotoView> {
  const validator = sharePointPhotoValidator(profile);
  const known = reuse(options.known && options.known.sharePoint, validator);
  if (known) return known;
  const account = ownAccount(profile);
  const blob = early && options.account && options.account.toLowerCase() === account.toLowerCase()
    ? await early
    : await sources.sharePoint.getMyPhoto(account, SHAREPOINT_PHOTO_SIZE, profile.pictureTimestamp);
  return blob ? { blob, validator } : { url: sources.sharePoint.photoUrl(account, SHAREPOINT_PHOTO_SIZE, profile.pictureTimestamp), validator };
}

async function microsoft365View(sources: ProfileSources, photo: GraphPhoto, graph: GraphProfile, options: CheckOptions): Promise<PhotoView> {
  const validator = microsoft365PhotoValidator(photo);
  const known = reuse(options.known && options.known.microsoft365, validator);
  if (known) return known;
  if (graph.photo) return { blob: graph.photo, validator };
  try {
    const blob = await sources.graph.getMyPhoto(GRAPH_PHOTO_SIZE);
    return { blob, validator };
  } catch {
    // The metadata said there is a photo; without its bytes the page says "couldn't load" and cannot compare.
    return { validator };
  }
}

/** Fingerprints the photos that have bytes but no fingerprint yet; the code for it loads on demand. */
async function withFingerprints(sources: ProfileSources, views: Array<PhotoView | undefined>): Promise<Array<PhotoView | undefined>> {
  const needs = (view: PhotoView | undefined): view is PhotoView => !!view && !view.fingerprint && !!view.blob;
  if (!views.some(needs)) return views;
  const { fingerprintPhotos } = await import(/* webpackChunkName: 'profile-sync-pixels' */ './photoFingerprints');
  const fingerprints = await fingerprintPhotos(sources.decoder, views.map((view) => (needs(view) ? view.blob : undefined)));
  return views.map((view, i) => (needs(view) ? { ...view, fingerprint: fingerprints[i] } : view));
}

function matchOf(pair: PhotoPair): PhotoMatch | undefined {
  if (!pair.sharePoint || !pair.microsoft365) return undefined;
  const a = pair.sharePoint.fingerprint;
  const b = pair.microsoft365.fingerprint;
  return a && b ? (fingerprintsMatch(a, b) ? 'same' : 'different') : 'unknown';
}

/**
 * Reads both profiles, compares them and returns what the page shows. Never throws: every failure
 * becomes part of the result, with the side it came from.
 *
 * A first check makes three requests, all started together: GetMyProperties, one Graph `$batch`
 * (/me, /me/photo, the photo at 96 px) and the SharePoint photo. With `known` photos it makes two,
 * plus one for each photo whose validator changed.
 */
export async function checkProfile(sources: ProfileSources, options: CheckOptions): Promise<ProfileCheck> {
  const first = !options.known;
  const earlySharePointPhoto = first && options.account
    ? sources.sharePoint.getMyPhoto(options.account, SHAREPOINT_PHOTO_SIZE, '')
    : undefined;
  const [rawProfile, graph] = await Promise.all([
    settle('sharePoint', () => sources.sharePoint.getMyProperties()),
    settle('graph', () => sources.graph.getProfile(options.fields, first ? GRAPH_PHOTO_SIZE : undefined))
  ]);

  const profile = rawProfile.ok ? await settle('sharePoint', () => readSharePointProfile(rawProfile.value)) : rawProfile;
  const user = graph.ok ? await settle('graph', () => readGraphUser(graph.value.me)) : graph;
  const photo = graph.ok ? await settle('graph', () => readGraphPhoto(graph.value.photoMetadata)) : graph;
  const checkedAt = new Date();

  const failures: SourceError[] = [];
  [profile, user, photo].forEach((result) => {
    // One failure per side is enough to explain it.
    if (!result.ok && !failures.some((f) => f.source === result.error.source)) failures.push(result.error);
  });

  const sharePoint = profile.ok ? profile.value : undefined;
  const graphUser = user.ok ? user.value : undefined;
  const graphPhoto = photo.ok ? photo.value : undefined;
  const inSharePoint = !!sharePoint && photoPresenceOf(sharePoint, null).inSharePoint;

  const [sharePointPhoto, microsoft365Photo] = await withFingerprints(sources, await Promise.all([
    sharePoint && inSharePoint ? sharePointView(sources, sharePoint, options, earlySharePointPhoto) : undefined,
    graphPhoto && graph.ok ? microsoft365View(sources, graphPhoto, graph.value, options) : undefined
  ]));
  // A side that did not answer has an unknown photo, not "no photo": an empty view says "couldn't load".
  const photos: PhotoPair = {
    sharePoint: sharePoint ? sharePointPhoto : {},
    microsoft365: graphUser && photo.ok ? microsoft365Photo : {}
  };

  if (!sharePoint && !(graphUser && photo.ok)) return { kind: 'failed', failures, checkedAt };
  if (!sharePoint || !graphUser || !photo.ok || !graph.ok) {
    return { kind: 'partial', failures, sharePoint, graphUser, photos, checkedAt };
  }

  const photoMatch = matchOf(photos);
  const input = {
    sharePointProfile: rawProfile.ok ? rawProfile.value : undefined,
    graphUser: graph.value.me,
    graphPhoto: graph.value.photoMetadata,
    photoMatch,
    fields: options.fields
  };
  return {
    kind: 'complete',
    diagnosis: diagnose(input),
    properties: compareProperties(input),
    sharePoint,
    graphUser: graphUser as GraphUser,
    photos,
    photoMatch,
    checkedAt
  };
}
