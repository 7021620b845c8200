import {
  compareProperties, diagnose, ownAccount, photoPresenceOf, ProfileDataError,
  readGraphPhotoState, readGraphUser, readSharePointProfile, SharePointProfile, GraphUser, GraphPhoto
} from '../profile';
// From the files: the pixels barrel would bring its fingerprint code into the first bundle.
import { preloadFingerprintCode } from '../pixels/onDemand';
import { photoMatchOf } from '../pixels/photoMatchOf';
// From the files, not the sources barrel: through the barrel the ship build could not concatenate
// these modules and the first bundle grew by about 0.8 kB gzip (npm run size).
import type { GraphProfile, IWaitBudget, SourceName } from '../sources/types';
import { MAX_TOTAL_WAIT_SECONDS, WaitBudget } from '../sources/waitBudget';
import { settle, Settled } from '../sources/settle';
import { SourceError, sourceErrorFromThrown } from '../sources/SourceError';
import { photoFormatOf } from '../pixels/photoFormat';
import { readBase64Ahead } from '../sources/base64';
import { FingerprintOf, fingerprintsOnArrival } from './fingerprintsOnArrival';
import { CheckOptions, KnownPhoto, PhotoMatch, PhotoPair, PhotoView, ProfileCheck, ProfileSources } from './types';

// Photos are fetched at the smallest sizes that still fingerprint well and look right at 72 px.
const GRAPH_PHOTO_SIZE = 96;
const SHAREPOINT_PHOTO_SIZE = 'M';

/** Reads from one side; what went wrong becomes a SourceError of that side (bad data included). */
async function readFrom<T>(source: SourceName, work: () => T | Promise<T>): Promise<Settled<T, SourceError>> {
  const result = await settle(work);
  if (result.ok) return result;
  const error = result.error;
  return { ok: false, error: error instanceof ProfileDataError ? new SourceError(source, 'bad-data', error.message) : sourceErrorFromThrown(source, error) };
}

/**
 * What says whether SharePoint's photo changed: its placeholder state and timestamp. None without a
 * timestamp (older or partial profiles lack it): nothing would change when the photo does.
 */
export function sharePointPhotoValidator(profile: SharePointProfile): string | undefined {
  return profile.pictureTimestamp.trim() ? `${profile.placeholderState}:${profile.pictureTimestamp}` : undefined;
}

/**
 * What says whether the Microsoft 365 photo changed: Graph's media etag. An empty etag is no
 * validator: Graph sends it empty for its placeholder, and '' would equal any other empty one.
 */
export function microsoft365PhotoValidator(photo: GraphPhoto): string | undefined {
  return photo.etag.trim() ? photo.etag : undefined;
}

/** The known photo while its validator stands; never without one (nothing would say it changed). */
function reuse(known: KnownPhoto | undefined, validator: string | undefined): PhotoView | undefined {
  return validator !== undefined && known && known.validator === validator ? { blob: known.blob, fingerprint: known.fingerprint, validator } : undefined;
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

async function microsoft365View(sources: ProfileSources, photo: GraphPhoto, graph: GraphProfile, options: CheckOptions,
  waits: IWaitBudget): Promise<PhotoView> {
  const validator = microsoft365PhotoValidator(photo);
  const known = reuse(options.known && options.known.microsoft365, validator);
  if (known) return known;
  if (graph.photo) return { blob: graph.photo, validator };
  try {
    const blob = await sources.graph.getMyPhoto(GRAPH_PHOTO_SIZE, waits);
    return { blob, validator };
  } catch {
    // The metadata said there is a photo; without its bytes the page says "couldn't load" and cannot compare.
    return { validator };
  }
}

/**
 * The photo with its fingerprint, when it has bytes but no fingerprint yet (a known photo has one).
 * Its base64, for the verdict cache, is read while it decodes: the save after the check then waits for
 * no read of its own (User Timing marks at LATENCY_MS=100: from the check's end to its save, 2.5 ms
 * instead of 5.3).
 */
async function withFingerprint(fingerprintOf: FingerprintOf, view: PhotoView): Promise<PhotoView> {
  if (view.fingerprint || !view.blob) return view;
  readBase64Ahead(view.blob);
  return { ...view, fingerprint: await fingerprintOf(view.blob) };
}

/**
 * Graph's photo came with bytes that did not decode and do not even start like an image: the photo is
 * damaged. A decode can also fail for reasons that are not the bytes' (no canvas, the pixels chunk not
 * loading), and a download can fail: those stay "could not compare".
 */
async function notAnImage(view: PhotoView | undefined): Promise<boolean> {
  if (!view || !view.blob || view.fingerprint) return false;
  const blob = view.blob;
  // Bytes that could not even be read say nothing about the photo: only an unknown format is "damaged".
  return photoFormatOf(blob).then((format) => format === undefined, () => false);
}

/** No comparison when a side has no photo (that is a finding of its own); otherwise the pixels decide. */
function matchOf(pair: PhotoPair): PhotoMatch | undefined {
  if (!pair.sharePoint || !pair.microsoft365) return undefined;
  return photoMatchOf(pair.sharePoint.fingerprint, pair.microsoft365.fingerprint);
}

/**
 * Reads both profiles, compares them and returns what the page shows. Never throws: every failure
 * becomes part of the result, with the side it came from.
 *
 * A first check makes three requests, all started together: GetMyProperties, one Graph `$batch`
 * (/me, /me/photo, the photo at 96 px) and the SharePoint photo. With `known` photos it makes two,
 * plus one for each photo whose validator changed. While a service is busy it waits at most
 * MAX_TOTAL_WAIT_SECONDS in all, across both services, and tells `options.onWait` of each wait.
 */
export async function checkProfile(sources: ProfileSources, options: CheckOptions): Promise<ProfileCheck> {
  const waits = new WaitBudget(MAX_TOTAL_WAIT_SECONDS, options.onWait);
  const first = !options.known;
  const fingerprintOf = fingerprintsOnArrival(sources.decoder);
  // A first check compares photos: its code loads while the requests are out.
  if (first) preloadFingerprintCode();
  const earlySharePointPhoto = first && options.account
    ? sources.sharePoint.getMyPhoto(options.account, SHAREPOINT_PHOTO_SIZE, '')
    : undefined;
  const [rawProfile, graph] = await Promise.all([
    readFrom('sharePoint', () => sources.sharePoint.getMyProperties(waits)),
    readFrom('graph', () => sources.graph.getProfile(options.fields, first ? GRAPH_PHOTO_SIZE : undefined, waits))
  ]);

  const profile = rawProfile.ok ? await readFrom('sharePoint', () => readSharePointProfile(rawProfile.value)) : rawProfile;
  const user = graph.ok ? await readFrom('graph', () => readGraphUser(graph.value.me)) : graph;
  const photoState = graph.ok ? await readFrom('graph', () => readGraphPhotoState(graph.value.photoMetadata)) : graph;
  // "Graph could not tell" is an answer (diagnose says so), not a failure; it has no photo to show.
  const photo: Settled<GraphPhoto | null, SourceError> = photoState.ok
    ? { ok: true, value: photoState.value.kind === 'photo' ? photoState.value.photo : null }
    : photoState;
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

  // Each photo is decoded as soon as it is in: Graph's came with the profiles, SharePoint's comes a
  // round trip later (its redirect), so only the second decode is left when the last answer lands.
  const [sharePointPhoto, microsoft365Photo] = await Promise.all([
    sharePoint && inSharePoint ? sharePointView(sources, sharePoint, options, earlySharePointPhoto).then((view) => withFingerprint(fingerprintOf, view)) : undefined,
    graphPhoto && graph.ok ? microsoft365View(sources, graphPhoto, graph.value, options, waits).then((view) => withFingerprint(fingerprintOf, view)) : undefined
  ]);
  // A side that did not answer has an unknown photo, not "no photo": an empty view says "couldn't load".
  const photos: PhotoPair = {
    sharePoint: sharePoint ? sharePointPhoto : {},
    // Graph could not tell (a mailbox on premises, say): that photo is unknown too.
    microsoft365: graphUser && photo.ok && !(photoState.ok && photoState.value.kind === 'unknown') ? microsoft365Photo : {}
  };

  if (!sharePoint && !(graphUser && photo.ok)) return { kind: 'failed', failures, checkedAt };
  if (!sharePoint || !graphUser || !photo.ok || !graph.ok) {
    return { kind: 'partial', failures, sharePoint, graphUser, photos, fields: options.fields, checkedAt };
  }

  const photoMatch = matchOf(photos);
  const input = {
    sharePointProfile: rawProfile.ok ? rawProfile.value : undefined,
    graphUser: graph.value.me,
    graphPhoto: graph.value.photoMetadata,
    photoMatch,
    microsoft365PhotoNotAnImage: await notAnImage(photos.microsoft365),
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
