import { readSharePointProfile, SharePointProfile } from '../profile';
import type { ISharePointProfileSource } from '../sources';

/** GetMyProperties, read; rejects with the source's error or a ProfileDataError. */
export async function readMyProfile(sharePoint: ISharePointProfileSource): Promise<SharePointProfile> {
  return readSharePointProfile(await sharePoint.getMyProperties());
}

/** GetMyProperties, or undefined when it cannot be read: for reporting state, never for deciding to write. */
export async function readMyProfileIfPossible(sharePoint: ISharePointProfileSource): Promise<SharePointProfile | undefined> {
  try {
    return await readMyProfile(sharePoint);
  } catch {
    return undefined;
  }
}
