import { photoPresenceOf, SharePointProfile } from '../profile';
// From the file, not the sources barrel: that one brings PnPjs, which the photo sync does not need.
import { settle } from '../sources/settle';
import { readFailureReason, retryAfterOf, uploadFailureReason } from './failureReasons';
import { readMyProfile, readMyProfileIfPossible } from './myProfile';
import { prepareProfilePicture } from './prepareProfilePicture';
import { currentMicrosoft365Etag, pendingFor, rememberOutcome } from './pendingPhotoSync';
import { MAX_PROFILE_PICTURE_BYTES } from './profilePictureRules';
import { PhotoSyncFailed, PhotoSyncFailureReason, PhotoSyncOutcome, PhotoSyncSources, PhotoSyncStep, PhotoSyncStepListener } from './types';
import { verifyUpload } from './verifyUpload';

/**
 * The largest square Graph serves (DOMAIN.md); GraphProfileSource falls back to the original when
 * the photo is smaller. SharePoint's own renditions are at most ~240 px wide, so nothing is lost.
 */
const MICROSOFT365_PHOTO_SIZE = 648;

export interface PhotoSyncOptions {
  /** Told each step as it starts, for progress and screen-reader announcements. */
  onStep?: PhotoSyncStepListener;
  /** The cache-buster when SharePoint's timestamp did not change, and the time of an upload; Date.now by default. */
  now?: () => number;
  /** SharePoint's size limit; MAX_PROFILE_PICTURE_BYTES by default. */
  maxBytes?: number;
}

function failedBeforeUpload(reason: PhotoSyncFailureReason, profile: SharePointProfile | undefined, error?: unknown): PhotoSyncFailed {
  return { kind: 'failed', reason, uploadAttempted: false, profileAfter: profile, retryAfterSeconds: retryAfterOf(error), error };
}

/** Progress is for show: a listener that throws must not stop a sync half-way. */
function quietly(listener: PhotoSyncStepListener | undefined): PhotoSyncStepListener {
  return (step: PhotoSyncStep) => {
    try {
      if (listener) listener(step);
    } catch {
      // Nothing to do: the sync goes on.
    }
  };
}

/**
 * "Sync my photo": copies the user's Microsoft 365 photo into their SharePoint profile with
 * SetMyProfilePicture, then reads back what SharePoint did. Sends nothing unless Microsoft 365 has
 * a real photo that passes the checks; only ever writes the user's own picture and never removes
 * one. Never rejects: every failure is an outcome with its reason.
 */
export async function syncMyPhoto(sources: PhotoSyncSources, options: PhotoSyncOptions = {}): Promise<PhotoSyncOutcome> {
  let uploadAttempted = false;
  // What the helpdesk report says of the attempt: the size it started from, and when it ended.
  const facts: { microsoft365Bytes?: number } = {};
  let outcome: PhotoSyncOutcome;
  try {
    outcome = await run(sources, options, () => { uploadAttempted = true; }, facts);
  } catch (error) {
    // A fault of our own (e.g. the bytes could not be read): still say what SharePoint has.
    const profileAfter = await readMyProfileIfPossible(sources.sharePoint);
    outcome = { kind: 'failed', reason: 'unknown', uploadAttempted, profileAfter, error };
  }
  return { ...outcome, ...facts, finishedAt: (options.now || Date.now)() };
}

async function run(sources: PhotoSyncSources, options: PhotoSyncOptions, markUploadAttempted: () => void,
  facts: { microsoft365Bytes?: number }): Promise<PhotoSyncOutcome> {
  const onStep = quietly(options.onStep);
  const now = options.now || Date.now;
  const maxBytes = options.maxBytes !== undefined ? options.maxBytes : MAX_PROFILE_PICTURE_BYTES;

  onStep('reading');
  const store = sources.pendingPhotoSync;
  // Only asked when there is somewhere to remember it: the etag names the photo we send.
  const etagRead = store ? currentMicrosoft365Etag(sources.graph) : Promise.resolve(undefined);
  // Never twice for the same Microsoft 365 photo: SharePoint has it and is still catching up.
  const alreadySent = store && store.read() ? pendingFor(store, await etagRead) : undefined;
  if (alreadySent) return { kind: 'already-sent', pending: alreadySent };

  const [profile, photo, etag] = await Promise.all([
    settle(() => readMyProfile(sources.sharePoint)),
    settle(() => sources.graph.getMyPhoto(MICROSOFT365_PHOTO_SIZE)),
    etagRead
  ]);
  const before = profile.ok ? profile.value : undefined;
  // With no photo in Microsoft 365 there is nothing to sync, whatever SharePoint said.
  if (!photo.ok) return failedBeforeUpload(readFailureReason(photo.error), before, photo.error);
  if (!photo.value) return failedBeforeUpload('no-microsoft365-photo', before);
  facts.microsoft365Bytes = photo.value.size;
  if (!profile.ok) return failedBeforeUpload(readFailureReason(profile.error), undefined, profile.error);

  const prepared = await prepareProfilePicture(photo.value, { decoder: sources.decoder, shrinker: sources.shrinker, maxBytes, onStep });
  if (!prepared.ok) return failedBeforeUpload(prepared.refusal, profile.value);

  onStep('uploading');
  markUploadAttempted();
  try {
    await sources.sharePoint.setMyProfilePicture(prepared.picture);
  } catch (error) {
    // A dropped connection may hide an upload that arrived: read SharePoint's state, don't guess.
    const profileAfter = await readMyProfileIfPossible(sources.sharePoint);
    return { kind: 'failed', reason: uploadFailureReason(error), uploadAttempted: true, profileAfter, retryAfterSeconds: retryAfterOf(error), error };
  }

  onStep('verifying');
  const verification = await verifyUpload(sources, profile.value, prepared.picture, now);
  const replacedPhoto = photoPresenceOf(profile.value, null).inSharePoint;
  const uploaded = { uploadedBytes: prepared.picture.size, shrunk: prepared.shrunk, replacedPhoto };
  const outcome: PhotoSyncOutcome = verification.verified
    ? { kind: 'verified', ...uploaded, profileAfter: verification.profileAfter }
    : { kind: 'accepted', ...uploaded, unconfirmed: verification.unconfirmed, profileAfter: verification.profileAfter };
  rememberOutcome(store, outcome, etag, now());
  return outcome;
}
