import { previewCheck, PreviewState } from '../preview';
import { PHOTO_SYNC_PENDING_MS, withPendingPhotoSync } from './photoSyncPending';
import { CompleteCheck } from './types';

/** Realistic checks made by the real core from made-up bodies. */
function completeCheckIn(state: PreviewState): CompleteCheck {
  return previewCheck(state) as CompleteCheck;
}

const UPLOADED_AT = Date.parse('2026-11-25T09:00:00Z');
const HOUR = 3600000;

function etagOf(check: CompleteCheck): string {
  return (check.photos.microsoft365 && check.photos.microsoft365.validator) as string;
}

function pendingFor(check: CompleteCheck, etag = etagOf(check)): { microsoft365Etag: string; uploadedAt: number } {
  return { microsoft365Etag: etag, uploadedAt: UPLOADED_AT };
}

describe('withPendingPhotoSync', () => {
  it('turns "SharePoint shows an older photo" into a pending sync while Microsoft 365 has the photo that was sent', () => {
    const check = completeCheckIn('photo-differs');
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + HOUR);
    expect(result.record).toBe('keep');
    expect(result.check.diagnosis).toEqual({ status: 'in-sync', findings: [{ code: 'photo-sync-pending', severity: 'info' }] });
  });

  it.each(['photo-unverified', 'photo-missing-in-sharepoint'] as const)('also explains %s while pending', (state) => {
    const check = completeCheckIn(state);
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + HOUR);
    expect(result.check.diagnosis.findings).toEqual([{ code: 'photo-sync-pending', severity: 'info' }]);
  });

  it('keeps every other difference, and the verdict they make', () => {
    const drift = completeCheckIn('property-differs');
    const differs = completeCheckIn('photo-differs');
    const check = { ...differs, diagnosis: { status: 'out-of-sync' as const, findings: differs.diagnosis.findings.concat(drift.diagnosis.findings) } };
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + HOUR);
    expect(result.check.diagnosis.status).toBe('out-of-sync');
    expect(result.check.diagnosis.findings.map((f) => f.code)).toEqual(['photo-sync-pending'].concat(drift.diagnosis.findings.map((f) => f.code)));
  });

  it('gives the normal findings back, and ends the pending sync, once the Microsoft 365 photo changed again', () => {
    const check = completeCheckIn('photo-differs');
    const result = withPendingPhotoSync(check, pendingFor(check, '"an-older-etag"'), UPLOADED_AT + HOUR);
    expect(result.record).toBe('clear');
    expect(result.check).toBe(check);
  });

  it('ends the pending sync when SharePoint shows the same pixels', () => {
    const check = completeCheckIn('in-sync');
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + HOUR);
    expect(result.record).toBe('clear');
    expect(result.check.diagnosis).toEqual({ status: 'in-sync', findings: [] });
  });

  it('after a day, says the photo still differs: a warning, still without sending it again', () => {
    const check = completeCheckIn('photo-differs');
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + PHOTO_SYNC_PENDING_MS);
    expect(result.record).toBe('keep');
    expect(result.check.diagnosis).toEqual({ status: 'out-of-sync', findings: [{ code: 'photo-sync-pending', severity: 'warning' }] });
  });

  it('after a day, a photo that could not be compared is still only a note: nothing says it is wrong', () => {
    const check = completeCheckIn('photo-unverified');
    const result = withPendingPhotoSync(check, pendingFor(check), UPLOADED_AT + 2 * PHOTO_SYNC_PENDING_MS);
    expect(result.check.diagnosis).toEqual({ status: 'in-sync', findings: [{ code: 'photo-sync-pending', severity: 'info' }] });
  });

  it('changes nothing without a pending sync', () => {
    const check = completeCheckIn('photo-differs');
    expect(withPendingPhotoSync(check, undefined, UPLOADED_AT)).toEqual({ check, record: 'none' });
  });
});
