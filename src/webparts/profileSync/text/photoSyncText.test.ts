import type { PhotoSyncFailureReason } from '../../../sync';
import { photoSyncOutcomeText } from './photoSyncText';

describe('photoSyncOutcomeText', () => {
  const reasons: PhotoSyncFailureReason[] = ['no-microsoft365-photo', 'not-an-image', 'unsupported-format', 'placeholder', 'too-large',
    'digest', 'blocked', 'sharepoint-refused', 'rejected', 'too-large-for-sharepoint', 'throttled', 'unavailable', 'offline', 'unknown'];

  it('gives every failure its own message', () => {
    const headlines = reasons.map((reason) => photoSyncOutcomeText({ kind: 'failed', reason, uploadAttempted: false }).headline);
    expect(new Set(headlines).size).toBe(reasons.length);
    headlines.forEach((headline) => expect(headline.length).toBeGreaterThan(20));
  });

  it('quotes what SharePoint said for a 403 that is not about photo changes, and says what to try, not "ask IT to allow photos"', () => {
    const error = { status: 403, serviceMessage: 'Access has been blocked by Conditional Access policies.' };
    const text = photoSyncOutcomeText({ kind: 'failed', reason: 'sharepoint-refused', uploadAttempted: true, error });
    expect(text.headline).toContain('“Access has been blocked by Conditional Access policies.”');
    expect(text.headline).toMatch(/sign in again/);
    expect(text.headline).not.toMatch(/turned off photo changes/);
    expect(photoSyncOutcomeText({ kind: 'failed', reason: 'sharepoint-refused', uploadAttempted: true, error: { status: 403 } }).headline).toContain('“HTTP 403”');
  });

  it('does not claim nothing changed when the connection dropped during the upload', () => {
    const text = photoSyncOutcomeText({ kind: 'failed', reason: 'offline', uploadAttempted: true });
    expect(text.headline).toContain('It may or may not have arrived');
    expect(text.details).not.toContain('Nothing was changed.');
  });

  it('says how long to wait when throttled', () => {
    expect(photoSyncOutcomeText({ kind: 'failed', reason: 'throttled', uploadAttempted: true, retryAfterSeconds: 120 }).details)
      .toContain('The service asked us to wait 120 seconds.');
  });

  it('adds the honest cache caveat even when verified, and says when it sent a smaller copy', () => {
    const profile = {} as never;
    const text = photoSyncOutcomeText({ kind: 'verified', uploadedBytes: 512000, shrunk: true, replacedPhoto: true, profileAfter: profile });
    expect(text.headline).toBe('Done. SharePoint has your Microsoft 365 photo now.');
    expect(text.details).toEqual(['Your photo was bigger than SharePoint takes, so we sent a smaller copy (500 KB).',
      'Other pages and Teams can take up to a day to show it, and may show your old photo until then. Press Ctrl+F5 on a page to see it sooner.']);
  });
});

describe('photoSyncOutcomeText after a sync from the grey placeholder', () => {
  it('never says other pages may show an old photo, since there was none', () => {
    const text = photoSyncOutcomeText({ kind: 'accepted', uploadedBytes: 1000, shrunk: false, replacedPhoto: false, unconfirmed: 'timestamp-unchanged' });
    expect(text.details.join(' ')).not.toMatch(/old photo/);
    expect(text.details).toEqual(['Other pages and Teams can take up to a day to show it, and may show no photo until then. Press Ctrl+F5 on a page to see it sooner.']);
  });
});

describe('photoSyncOutcomeText for a photo already sent', () => {
  it('says SharePoint already has it and other pages catch up within a day, not that anything failed', () => {
    const text = photoSyncOutcomeText({ kind: 'already-sent', pending: { microsoft365Etag: '"BA09D118"', uploadedAt: 0 } });
    expect(text.headline).toBe('SharePoint already has this photo. Other pages and Teams can take up to a day to show it.');
    expect(text.details).toEqual([]);
  });
});
