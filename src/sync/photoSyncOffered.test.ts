import { previewCheck, PREVIEW_STATES, PreviewState } from '../preview';
import { photoSyncOffered } from './photoSyncOffered';

const NOW = new Date('2026-11-25T09:30:00Z');

describe('photoSyncOffered', () => {
  it('offers the photo sync exactly when copying the Microsoft 365 photo can fix what was found', () => {
    const offered = PREVIEW_STATES.filter((state: PreviewState) => photoSyncOffered(previewCheck(state, NOW)));
    expect(offered).toEqual(['photo-missing-in-sharepoint', 'photo-differs', 'photo-unverified']);
  });

  it('does not offer it when Microsoft 365 has no photo to copy, whatever the findings say', () => {
    const check = previewCheck('photo-differs', NOW);
    if (check.kind !== 'complete') throw new Error('expected a complete check');
    expect(photoSyncOffered({ ...check, photos: { sharePoint: check.photos.sharePoint } })).toBe(false);
  });

  it('does not offer it when Graph could not tell whether there is a photo (a mailbox on premises)', () => {
    const check = previewCheck('photo-unverified', NOW);
    if (check.kind !== 'complete') throw new Error('expected a complete check');
    const couldNotTell = { code: 'photo-unverified' as const, severity: 'info' as const, reason: 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.' };
    expect(photoSyncOffered({ ...check, diagnosis: { status: 'in-sync', findings: [couldNotTell] } })).toBe(false);
  });

  it('does not offer it before there is a check', () => {
    expect(photoSyncOffered(undefined)).toBe(false);
  });
});
