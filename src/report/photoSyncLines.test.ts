import { SourceError } from '../sources/SourceError';
import type { PhotoSyncState } from '../sync';
import { photoSyncLines } from './photoSyncLines';
import { words } from './testing/words';

const ENDED = Date.parse('2026-11-15T12:03:00Z');

function report(state: PhotoSyncState): string {
  return photoSyncLines(state, words, 'en-US').join('\n');
}

// SharePoint's answer to SetMyProfilePicture when photo changes are turned off, as the source keeps it.
function blockedBySharePoint(): SourceError {
  return new SourceError('sharePoint', 'permission',
    'SharePoint answered 403: Access denied. You do not have permission to perform this action or access this resource.', 403, undefined, {
      code: '-2147024891, System.UnauthorizedAccessException', requestId: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d',
      spRequestGuid: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d', date: 'Sun, 15 Nov 2026 12:03:00 GMT'
    });
}

describe('photoSyncLines', () => {
  it('says when no sync was tried on this page, and which step one is at while it runs', () => {
    expect(report({ status: 'idle' })).toBe('Photo sync on this page: not tried (idle)');
    expect(report({ status: 'running', step: 'uploading' })).toBe('Photo sync on this page: still running (running: uploading)');
  });

  it('names a refusal by its reason, says whether anything was sent, when, and what SharePoint answered with its ids', () => {
    const text = report({ status: 'done', outcome: {
      kind: 'failed', reason: 'blocked', uploadAttempted: true, error: blockedBySharePoint(), microsoft365Bytes: 48213, finishedAt: ENDED
    } });
    expect(text.split('\n')).toEqual([
      'Photo sync on this page: failed (failed: blocked)',
      '  photo sent, the Microsoft 365 photo is 48213 bytes',
      expect.stringMatching(/^ {2}Ended: 2026-11-15T12:03:00\.000Z \(Nov 15, 2026, /),
      '  SharePoint profile (sharePoint): permission, HTTP 403: "SharePoint answered 403: Access denied. You do not have permission to perform this action or access this resource."',
      '    code: "-2147024891, System.UnauthorizedAccessException", request-id: "9c2f1fa1-e07b-8098-0000-0542b45c7a3d", ' +
        'SPRequestGuid: "9c2f1fa1-e07b-8098-0000-0542b45c7a3d", date: "Sun, 15 Nov 2026 12:03:00 GMT"'
    ]);
  });

  it('says a photo that was never sent was never sent, with the wait the service asked for', () => {
    const text = report({ status: 'done', outcome: { kind: 'failed', reason: 'throttled', uploadAttempted: false, retryAfterSeconds: 120, finishedAt: ENDED } });
    expect(text).toContain('Photo sync on this page: failed (failed: throttled)\n  nothing sent\n');
    expect(text).toContain('\n  Retry-After 120');
  });

  it('gives the sizes of a photo made smaller: from how many bytes to how many', () => {
    const text = report({ status: 'done', outcome: {
      kind: 'accepted', unconfirmed: 'photo-differs', uploadedBytes: 4987310, shrunk: true, microsoft365Bytes: 7340032, finishedAt: ENDED
    } });
    expect(text).toContain('Photo sync on this page: SharePoint took the photo, not shown yet (accepted: photo-differs)\n');
    expect(text).toContain('  made smaller from 7340032 to 4987310 bytes, then sent\n');
  });

  it('gives the size sent when the photo was sent as it was', () => {
    const text = report({ status: 'done', outcome: { kind: 'verified', uploadedBytes: 48213, shrunk: false, microsoft365Bytes: 48213, finishedAt: ENDED,
      profileAfter: undefined as never } });
    expect(text).toContain('Photo sync on this page: SharePoint took the photo and shows it (verified)\n  48213 bytes sent\n  Ended: 2026-11-15T12:03:00.000Z');
  });

  it('says when SharePoint took the photo it is still catching up with, and that nothing was sent again', () => {
    const text = report({ status: 'done', outcome: {
      kind: 'already-sent', pending: { microsoft365Etag: '"BA09D118"', uploadedAt: Date.parse('2026-11-15T09:00:00Z') }, finishedAt: ENDED
    } });
    expect(text).toContain('Photo sync on this page: not sent again, SharePoint already has this photo (already-sent)\n  Sent earlier: 2026-11-15T09:00:00.000Z');
  });

  it('does not quote an error that is not a service failure, which may be anything', () => {
    const text = report({ status: 'done', outcome: { kind: 'failed', reason: 'unknown', uploadAttempted: false, error: new Error('secret stack') } });
    expect(text).toBe('Photo sync on this page: failed (failed: unknown)\n  nothing sent');
  });
});
