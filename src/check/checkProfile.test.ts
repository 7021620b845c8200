import { COMPARED_FIELDS } from '../profile';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { aGraphPhoto, aGraphUser, aMailboxNotEnabledError } from '../profile/testing/graphBuilders';
import { drawPortrait, MEGAN, ALEX } from '../pixels/testing/portraits';
import { SourceError } from '../sources/SourceError';
import { fakeSources } from '../sources/testing/fakeSources';
import { checkProfile } from './checkProfile';
import { CompleteCheck, PartialCheck } from './types';

const options = { fields: COMPARED_FIELDS };
const megan = drawPortrait(MEGAN, 96, 96);
const meganSmall = drawPortrait(MEGAN, 72, 72);
const alex = drawPortrait(ALEX, 72, 72);
// What corrupt-microsoft365-photo serves: Graph says JPEG, the bytes are text.
const damagedMicrosoft365Photo = {
  microsoft365Photo: new Blob(['This is not a picture: the mailbox photo was damaged in transit.'], { type: 'image/jpeg' }),
  microsoft365Pixels: 'not-an-image' as const
};

describe('checkProfile', () => {
  it('finds both profiles in sync when the photos show the same picture and the properties agree', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: megan }), options) as CompleteCheck;
    expect(check.kind).toBe('complete');
    expect(check.diagnosis).toEqual({ status: 'in-sync', findings: [] });
    expect(check.photoMatch).toBe('same');
    expect(check.properties.map((row) => row.field)).toEqual(COMPARED_FIELDS);
    expect(check.photos.sharePoint && check.photos.sharePoint.blob).toBeDefined();
  });

  it('reports an older SharePoint photo when the pixels differ', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: alex, microsoft365Pixels: megan }), options) as CompleteCheck;
    expect(check.diagnosis.status).toBe('out-of-sync');
    expect(check.diagnosis.findings).toEqual([{ code: 'photo-differs', severity: 'warning' }]);
  });

  it('cannot verify the photo when the SharePoint bytes are unreadable, and offers its URL to show instead', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: undefined, microsoft365Pixels: megan }), options) as CompleteCheck;
    expect(check.photoMatch).toBe('unknown');
    expect(check.diagnosis.findings).toEqual([{ code: 'photo-unverified', severity: 'info' }]);
    expect(check.photos.sharePoint && check.photos.sharePoint.url).toMatch(/^https:\/\/contoso\.sharepoint\.com\/.*userphoto\.aspx\?size=M&accountname=MeganB%40contoso\.onmicrosoft\.com/);
  });

  it('warns that the Microsoft 365 photo is damaged when its bytes are not an image', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: meganSmall, ...damagedMicrosoft365Photo }), options) as CompleteCheck;
    expect(check.photoMatch).toBe('unknown');
    expect(check.diagnosis).toEqual({ status: 'out-of-sync', findings: [{ code: 'photo-damaged-in-microsoft365', severity: 'warning' }] });
  });

  it('still calls it damaged, not missing in SharePoint, when SharePoint shows the placeholder', async () => {
    const sources = fakeSources({ profile: aSharePointProfile().withoutPhoto().inFlavour('minimal'), ...damagedMicrosoft365Photo });
    const check = await checkProfile(sources, options) as CompleteCheck;
    expect(check.diagnosis.findings.map((f) => f.code)).toEqual(['photo-damaged-in-microsoft365']);
  });

  it('cannot verify the photo, without calling it damaged, when JPEG bytes would not decode (the browser may be at fault)', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: 'not-an-image' }), options) as CompleteCheck;
    expect(check.diagnosis).toEqual({ status: 'in-sync', findings: [{ code: 'photo-unverified', severity: 'info' }] });
  });

  it('cannot verify the photo, without calling it damaged, when the Microsoft 365 bytes could not be fetched', async () => {
    const check = await checkProfile(fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: undefined }), options) as CompleteCheck;
    expect(check.photoMatch).toBe('unknown');
    expect(check.diagnosis).toEqual({ status: 'in-sync', findings: [{ code: 'photo-unverified', severity: 'info' }] });
  });

  it('gives a verdict, not an error, when Graph cannot tell whether there is a photo (mailbox on premises)', async () => {
    const check = await checkProfile(fakeSources({ photoMetadata: aMailboxNotEnabledError(), sharePointPixels: meganSmall }), options) as CompleteCheck;
    expect(check.kind).toBe('complete');
    expect(check.diagnosis.status).toBe('in-sync');
    expect(check.diagnosis.findings).toEqual([{
      code: 'photo-unverified',
      severity: 'info',
      reason: 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.'
    }]);
    // Unknown, not "no photo": the page says it couldn't load the Microsoft 365 photo (and offers no sync, photoSyncOffered.ts).
    expect(check.photos.microsoft365).toEqual({});
  });

  it('does not fetch photo bytes for a side without a photo', async () => {
    const sources = fakeSources({ profile: aSharePointProfile().withoutPhoto().inFlavour('minimal'), microsoft365Pixels: megan });
    const check = await checkProfile(sources, options) as CompleteCheck;
    expect(check.diagnosis.findings).toEqual([{ code: 'photo-missing-in-sharepoint', severity: 'warning' }]);
    expect(sources.requests).not.toContain('sharePoint:photo');
    expect(check.photos.sharePoint).toBeUndefined();
  });

  it('compares only the fields the site owner chose', async () => {
    const sources = fakeSources({ me: aGraphUser({ jobTitle: 'Chief Marketing Officer' }), sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const check = await checkProfile(sources, { fields: ['displayName', 'mail'] }) as CompleteCheck;
    expect(check.diagnosis.status).toBe('in-sync');
    expect(check.properties.map((row) => row.field)).toEqual(['displayName', 'mail']);
  });

  it('still shows what SharePoint said when Graph refuses, with the permission cause', async () => {
    const refused = new SourceError('graph', 'permission', 'Microsoft Graph answered 403', 403);
    const check = await checkProfile(fakeSources({ me: refused, photoMetadata: refused, sharePointPixels: meganSmall }), options) as PartialCheck;
    expect(check.kind).toBe('partial');
    expect(check.failures).toEqual([refused]);
    expect(check.sharePoint && check.sharePoint.displayName).toBe('Megan Bowen');
    expect(check.photos.sharePoint && check.photos.sharePoint.blob).toBeDefined();
    // Unknown, not "no photo": Graph never said.
    expect(check.photos.microsoft365).toEqual({});
  });

  it('still shows what Graph said when SharePoint is down', async () => {
    const down = new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503', 503);
    const check = await checkProfile(fakeSources({ profile: down, microsoft365Pixels: megan }), options) as PartialCheck;
    expect(check.kind).toBe('partial');
    expect(check.failures.map((f) => [f.source, f.kind])).toEqual([['sharePoint', 'unavailable']]);
    expect(check.graphUser && check.graphUser.displayName).toBe('Megan Bowen');
    expect(check.photos.microsoft365 && check.photos.microsoft365.blob).toBeDefined();
  });

  it('fails with both causes when neither side answers', async () => {
    const check = await checkProfile(fakeSources({
      profile: new SourceError('sharePoint', 'offline', 'Failed to fetch'),
      me: new SourceError('graph', 'throttled', 'Microsoft Graph throttled /v1.0/me (429)', 429, 30)
    }), options);
    expect(check.kind).toBe('failed');
    expect(check.kind === 'failed' && check.failures.map((f) => f.kind)).toEqual(['offline', 'throttled']);
  });

  it('turns an answer that is not a profile into a bad-data failure of that side, never a verdict', async () => {
    const check = await checkProfile(fakeSources({ profile: '<html><body>Sorry, something went wrong</body></html>', microsoft365Pixels: megan }), options);
    expect(check.kind).toBe('partial');
    expect(check.kind === 'partial' && check.failures[0].source).toBe('sharePoint');
    expect(check.kind === 'partial' && check.failures[0].kind).toBe('bad-data');
  });
});

describe('checkProfile, few requests', () => {
  it('fetches the Microsoft 365 photo again when Graph sends an empty etag: an empty etag says nothing about a change', async () => {
    const noEtag = aGraphPhoto({ '@odata.mediaEtag': '' });
    const first = await checkProfile(fakeSources({ photoMetadata: noEtag, sharePointPixels: meganSmall, microsoft365Pixels: alex }), options) as CompleteCheck;
    expect(first.photos.microsoft365 && first.photos.microsoft365.validator).toBeUndefined();
    // As an older cache may hold it: the empty etag stored as the validator.
    const known = { sharePoint: first.photos.sharePoint as { validator: string }, microsoft365: { ...first.photos.microsoft365, validator: '' } };

    const sources = fakeSources({ photoMetadata: noEtag, sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const again = await checkProfile(sources, { fields: COMPARED_FIELDS, known }) as CompleteCheck;
    expect(sources.photoRequests).toEqual(['graph:96']);
    expect(again.photoMatch).toBe('same');
  });

  it('fetches the SharePoint photo again when the profile has no picture timestamp to tell a change by', async () => {
    const noTimestamp = aSharePointProfile({ 'SPS-PictureTimestamp': '' }).inFlavour('minimal');
    const first = await checkProfile(fakeSources({ profile: noTimestamp, sharePointPixels: alex, microsoft365Pixels: megan }), options) as CompleteCheck;
    const known = { sharePoint: { ...first.photos.sharePoint, validator: '0:' }, microsoft365: first.photos.microsoft365 as { validator: string } };

    const sources = fakeSources({ profile: noTimestamp, sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const again = await checkProfile(sources, { fields: COMPARED_FIELDS, known }) as CompleteCheck;
    expect(sources.photoRequests).toEqual(['sharePoint:M:']);
    expect(again.photoMatch).toBe('same');
  });


  it('makes three requests on a first check when the page knows the account: profile, one Graph batch, the SharePoint photo', async () => {
    const sources = fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const check = await checkProfile(sources, { fields: COMPARED_FIELDS, account: 'MeganB@contoso.onmicrosoft.com' }) as CompleteCheck;
    expect(check.diagnosis.status).toBe('in-sync');
    expect(sources.requests.sort()).toEqual(['graph:$batch', 'sharePoint:GetMyProperties', 'sharePoint:photo']);
    expect(sources.photoRequests).toEqual(['sharePoint:M:', 'graph:96']);
  });

  it('revalidates with two requests and no photo bytes when no validator changed', async () => {
    const first = await checkProfile(fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: alex }), options) as CompleteCheck;
    const known = {
      sharePoint: first.photos.sharePoint as { validator: string },
      microsoft365: first.photos.microsoft365 as { validator: string }
    };
    // The photos now served would match, but their validators did not change: the known fingerprints decide.
    const sources = fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const again = await checkProfile(sources, { fields: COMPARED_FIELDS, known }) as CompleteCheck;
    expect(sources.requests.sort()).toEqual(['graph:$batch', 'sharePoint:GetMyProperties']);
    expect(sources.photoRequests).toEqual([]);
    expect(again.photoMatch).toBe('different');
  });

  it('fetches only the photo whose validator changed', async () => {
    const first = await checkProfile(fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: alex }), options) as CompleteCheck;
    const known = {
      sharePoint: first.photos.sharePoint as { validator: string },
      microsoft365: { ...(first.photos.microsoft365 as { validator: string }), validator: '"an older etag"' }
    };
    const sources = fakeSources({ sharePointPixels: meganSmall, microsoft365Pixels: megan });
    const again = await checkProfile(sources, { fields: COMPARED_FIELDS, known }) as CompleteCheck;
    expect(sources.photoRequests).toEqual(['graph:96']);
    expect(again.photoMatch).toBe('same');
    expect(again.diagnosis.status).toBe('in-sync');
  });
});
