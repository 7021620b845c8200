import { compareProperties, diagnose, pictureTimestampToDate, readGraphUser, readSharePointProfile } from '../profile';
import { aGraphPhoto, aGraphUser } from '../profile/testing/graphBuilders';
import { aSharePointProfile, PropertyValues } from '../profile/testing/sharePointProfileBuilder';
import { CompleteCheck, PhotoMatch, ProfileCheck } from '../check/types';
import { SourceError } from '../sources/SourceError';
import { PREVIEW_STATES, previewCheck } from '../preview';
import { helpdeskReport } from './helpdeskReport';
import { HelpdeskReportContext } from './types';
import { words } from './testing/words';

// Mid-month at noon UTC: the same month in every time zone, whatever the test machine's.
const CHECKED_AT = new Date('2026-11-15T12:00:00Z');
const NOW = new Date('2026-11-15T12:12:07Z');

function aContext(changes: Partial<HelpdeskReportContext> = {}): HelpdeskReportContext {
  return {
    version: '1.4.0.0',
    locale: 'en-US',
    now: NOW,
    pageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Home.aspx?debug=true&token=abc#comments',
    words,
    ...changes
  };
}

/** A complete check as the checker makes it, from Megan's bodies with SharePoint's `properties` changed. */
function aCompleteCheck(properties: PropertyValues = {}, me: Record<string, unknown> = {}, photoMatch: PhotoMatch = 'same'): CompleteCheck {
  const input = {
    sharePointProfile: aSharePointProfile(properties).inFlavour('minimal'),
    graphUser: aGraphUser(me),
    graphPhoto: aGraphPhoto(),
    photoMatch
  };
  return {
    kind: 'complete',
    diagnosis: diagnose(input),
    properties: compareProperties(input),
    sharePoint: readSharePointProfile(input.sharePointProfile),
    graphUser: readGraphUser(input.graphUser),
    photos: { sharePoint: { blob: new Blob(['sp']), validator: '0:63783110969' }, microsoft365: { blob: new Blob(['m365']), validator: '"BA09D118"' } },
    photoMatch,
    checkedAt: CHECKED_AT
  };
}

function linesOf(report: string): string[] {
  return report.split('\n');
}

describe('helpdeskReport', () => {
  describe('for a complete check', () => {
    const check = aCompleteCheck(
      { 'SPS-JobTitle': 'Marketing Lead', Title: 'Marketing Lead', Department: 'Sales', CellPhone: '+47 900 00 000' },
      { mobilePhone: '+47 911 11 111' },
      'different'
    );
    const report = helpdeskReport(check, aContext());

    it('says what was compared, with which endpoints, and the verdict', () => {
      expect(report).toContain('Compared: SharePoint profile (SP.UserProfiles.PeopleManager/GetMyProperties) with Microsoft 365 profile');
      expect(report).toContain('Microsoft Graph /v1.0/me, /v1.0/me/photo');
      expect(report).toContain('Result: Out of sync (out-of-sync)');
      expect(report).toContain(
        'Fields: displayName, givenName, surname, jobTitle (Job title), department (Department), officeLocation, businessPhones, mail, mobilePhone (Mobile phone)'
      );
      expect(report).toContain('Account: "MeganB@contoso.onmicrosoft.com"');
    });

    it('gives each finding its code, field, SharePoint key and both values', () => {
      const lines = linesOf(report);
      const at = lines.indexOf('- property-differs: jobTitle (Job title)');
      expect(lines.slice(at, at + 3)).toEqual([
        '- property-differs: jobTitle (Job title)',
        '  In SharePoint (SPS-JobTitle): "Marketing Lead"',
        '  In Microsoft 365: "Marketing Manager"'
      ]);
      expect(report).toContain('- property-differs: department (Department)\n  In SharePoint (Department): "Sales"\n  In Microsoft 365: "Marketing"');
      expect(report).toContain('- property-not-synced: mobilePhone (Mobile phone)\n  In SharePoint (CellPhone): "+47 900 00 000"');
      expect(report).toContain('  In Microsoft 365: "+47 911 11 111"');
      expect(report).toContain('Findings (4):\n- photo-differs\n');
    });

    it("reports SharePoint's photo properties, the timestamp's date, the Microsoft 365 photo and the comparison", () => {
      const date = pictureTimestampToDate('63783110969') as Date;
      expect(report).toContain('SharePoint photo: yes');
      expect(report).toContain(
        '  PictureURL: "https://contoso-my.sharepoint.com/User%20Photos/Profile%20Pictures/meganb_contoso_onmicrosoft_com_MThumb.jpg"\n'
      );
      expect(report).toContain('  SPS-PicturePlaceholderState: "0"');
      expect(report).toContain('  SPS-PictureExchangeSyncState: "1"');
      expect(report).toContain(`  SPS-PictureTimestamp: "63783110969" = ${date.toISOString()} (Mar 1`);
      expect(report).toContain('Microsoft 365 photo: yes');
      expect(report).toContain('Photo comparison: the photos are different (different)');
    });

    it('dates the check and the report in ISO and in the page language, and names the version and the page without its query', () => {
      expect(report).toMatch(/\nChecked: 2026-11-15T12:00:00\.000Z \(Nov 1[56], 2026, /);
      expect(report).toMatch(/\nReport made: 2026-11-15T12:12:07\.000Z \(Nov 1[56], 2026, /);
      expect(report).toContain('Web part version: 1.4.0.0');
      expect(linesOf(report)).toContain('Page: "https://contoso.sharepoint.com/sites/intranet/SitePages/Home.aspx"');
      expect(report).not.toContain('debug=true');
      expect(report).not.toContain('#comments');
    });
  });

  it('formats dates in the page language', () => {
    const report = helpdeskReport(aCompleteCheck(), aContext({ locale: 'nb-NO' }));
    expect(report).toMatch(/\nChecked: 2026-11-15T12:00:00\.000Z \(1[56]\. nov\. 2026/);
  });

  it('still makes a report when the language tag or the check time is nonsense', () => {
    const check = { ...aCompleteCheck(), checkedAt: new Date('not a date') };
    const report = helpdeskReport(check, aContext({ locale: 'not a locale!' }));
    expect(report).toContain('Checked: Invalid Date');
    expect(report).toContain('Report made: 2026-11-15T12:12:07.000Z (');
  });

  it('says when nothing differs and the photos match', () => {
    const report = helpdeskReport(aCompleteCheck(), aContext());
    expect(report).toContain('Result: In sync (in-sync)');
    expect(report).toContain('Findings: no differences');
    expect(report).toContain('Photo comparison: the photos match (same)');
  });

  it('reports a SharePoint profile without a photo', () => {
    const input = { sharePointProfile: aSharePointProfile().withoutPhoto().inFlavour('verbose'), graphUser: aGraphUser(), graphPhoto: aGraphPhoto() };
    const check: ProfileCheck = {
      kind: 'complete', diagnosis: diagnose(input), properties: compareProperties(input),
      sharePoint: readSharePointProfile(input.sharePointProfile), graphUser: readGraphUser(input.graphUser),
      photos: { microsoft365: { blob: new Blob(['m365']), validator: '"BA09D118"' } }, photoMatch: undefined, checkedAt: CHECKED_AT
    };
    const report = helpdeskReport(check, aContext());
    expect(report).toContain('Findings (1):\n- photo-missing-in-sharepoint\n');
    expect(report).toContain('SharePoint photo: no photo\n  PictureURL: (empty)\n  SPS-PicturePlaceholderState: "1"');
    expect(report).toContain('  SPS-PictureTimestamp: (empty)\n');
    expect(report).toContain('Photo comparison: not compared (-)');
  });

  it('quotes Graph\'s own reason when it could not tell whether there is a photo', () => {
    const reason = 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.';
    const check = aCompleteCheck();
    const report = helpdeskReport({ ...check, diagnosis: { status: 'in-sync', findings: [{ code: 'photo-unverified', severity: 'info', reason }] } }, aContext());
    expect(report).toContain(`- photo-unverified: "${reason}"\n`);
  });

  it('names both accounts when SharePoint and Microsoft 365 disagree on who the user is', () => {
    const report = helpdeskReport(aCompleteCheck({ 'SPS-UserPrincipalName': 'megan.old@contoso.onmicrosoft.com' }), aContext());
    expect(report).toContain(
      'Account: "megan.old@contoso.onmicrosoft.com" (SharePoint profile), "MeganB@contoso.onmicrosoft.com" (Microsoft 365 profile)'
    );
  });

  describe('for a check that failed on one side', () => {
    const check: ProfileCheck = {
      kind: 'partial',
      failures: [new SourceError('graph', 'permission', 'Microsoft Graph answered 403 to /me?$select=id,displayName (in $batch)', 403)],
      sharePoint: readSharePointProfile(aSharePointProfile().inFlavour('nometadata')),
      photos: { sharePoint: { blob: new Blob(['sp']) }, microsoft365: {} },
      checkedAt: CHECKED_AT
    };
    const report = helpdeskReport(check, aContext({ fields: ['jobTitle', 'department'] }));

    it('gives each failure its side, kind, HTTP status and message', () => {
      expect(report).toContain('Result: No result, a profile could not be read (partial)');
      expect(report).toContain(
        'Problems (1):\n- Microsoft 365 profile (graph): permission, HTTP 403: "Microsoft Graph answered 403 to /me?$select=id,displayName (in $batch)"'
      );
    });

    it("still reports what the side that answered said, and calls the other side's photo unknown", () => {
      expect(report).toContain('SharePoint photo: yes\n  PictureURL: "https://contoso-my.sharepoint.com/');
      expect(report).toContain('Microsoft 365 photo: could not be read');
      expect(report).toContain('Fields: jobTitle (Job title), department (Department)');
      expect(report).not.toContain('Findings');
      expect(report).not.toContain('Photo comparison');
    });
  });

  it('reports every failure of a check that read nothing, with Retry-After, and no photo lines', () => {
    const check: ProfileCheck = {
      kind: 'failed',
      failures: [
        new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503: Service Unavailable', 503),
        new SourceError('graph', 'throttled', 'Microsoft Graph throttled /v1.0/$batch (429)', 429, 30),
        new SourceError('graph', 'offline', 'Failed to fetch')
      ],
      checkedAt: CHECKED_AT
    };
    const report = helpdeskReport(check, aContext({ pageUrl: undefined }));
    expect(report).toContain('Result: No result, a profile could not be read (failed)');
    expect(report).toContain('- SharePoint profile (sharePoint): unavailable, HTTP 503: "SharePoint answered 503: Service Unavailable"');
    expect(report).toContain('- Microsoft 365 profile (graph): throttled, HTTP 429, Retry-After 30: "Microsoft Graph throttled /v1.0/$batch (429)"');
    expect(report).toContain('- Microsoft 365 profile (graph): offline: "Failed to fetch"');
    expect(report).not.toContain('photo:');
    expect(report).not.toContain('Page:');
  });

  describe('never lets a secret or photo bytes into the report', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJtZWdhbmJAY29udG9zby5jb20ifQ.c2lnbmF0dXJl';
    const digest = '0x1234ABCD5678EF901234ABCD5678EF901234ABCD5678EF90,25 Nov 2026 09:26:00 -0000';
    const dataUrl = `data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg${'A'.repeat(120)}`;
    const secrets = [jwt.slice(0, 12), 'eyJ', '0x1234', '25 Nov 2026 09:26', 'data:image', 'base64', '/9j/', 'AAAAAAAAAA', '?t=', 'sig=s3cr3t'];
    const markersOnly = (report: string): void => {
      expect(report).not.toMatch(/data:image|\] removed\]/);
    };

    it('in profile values', () => {
      const check = aCompleteCheck(
        { 'SPS-JobTitle': `Bearer ${jwt}`, Department: `digest ${digest}`, Office: dataUrl,
          PictureURL: 'https://contoso-my.sharepoint.com/User%20Photos/x_MThumb.jpg?t=63783110969&sig=s3cr3t' },
        { jobTitle: 'Marketing Manager' }
      );
      const report = helpdeskReport(check, aContext());
      secrets.forEach((secret) => expect(report).not.toContain(secret));
      expect(report).toContain('In SharePoint (SPS-JobTitle): "Bearer [removed]"');
      expect(report).toContain('In SharePoint (Department): "digest [request digest removed]"');
      expect(report).toContain('In SharePoint (Office): "[data URL removed]"');
      markersOnly(report);
    });

    it('in failure messages', () => {
      const check: ProfileCheck = {
        kind: 'failed',
        failures: [
          new SourceError('sharePoint', 'unknown', `POST /_api/contextinfo failed\r\nX-RequestDigest: ${digest}\r\nAuthorization: Bearer ${jwt}`, 400),
          new SourceError('graph', 'bad-data', `Microsoft Graph answered /me with {"photo":"${dataUrl}","token":"${jwt}"}`)
        ],
        checkedAt: CHECKED_AT
      };
      const report = helpdeskReport(check, aContext());
      secrets.forEach((secret) => expect(report).not.toContain(secret));
      expect(report).toContain('X-RequestDigest: [removed] Authorization: [removed]');
      expect(report).toContain('{\\"photo\\":\\"[data URL removed]\\",\\"token\\":\\"[token removed]\\"}');
      markersOnly(report);
    });

    it('in the page address', () => {
      const report = helpdeskReport(aCompleteCheck(), aContext({ pageUrl: `https://contoso.sharepoint.com/SitePages/Home.aspx?access_token=${jwt}` }));
      expect(report).not.toContain('eyJ');
      expect(report).not.toContain('access_token');
    });
  });

  describe('keeps hostile text on its own line', () => {
    const hostile = 'Manager\r\nResult: In sync (in-sync)\n\u0000\u202Eevil\t';
    const longName = 'Department of Very Long Names '.repeat(100).trim();
    const check = aCompleteCheck({ 'SPS-JobTitle': hostile, Department: longName });
    const report = helpdeskReport(check, aContext());

    it('flattens line breaks and shows control characters', () => {
      expect(report).toContain('In SharePoint (SPS-JobTitle): "Manager Result: In sync (in-sync) [U+0000][U+202E]evil"');
      expect(linesOf(report).filter((line) => line.indexOf('Result:') === 0)).toEqual(['Result: Out of sync (out-of-sync)']);
    });

    it('caps very long values', () => {
      expect(report).toContain(`In SharePoint (Department): "${longName.slice(0, 200)}\u2026"\n`);
    });
  });

  describe('writes every value so it is plain where it ends', () => {
    it('in JSON string syntax: quotes and backslashes escaped, nothing else changed', () => {
      const report = helpdeskReport(aCompleteCheck({ 'SPS-JobTitle': 'Anna "Ops" <script>', Department: 'C:\\Sales\\"' }), aContext());
      expect(report).toContain('In SharePoint (SPS-JobTitle): "Anna \\"Ops\\" <script>"\n');
      expect(report).toContain('In SharePoint (Department): "C:\\\\Sales\\\\\\""\n');
      expect(report).toContain('  In Microsoft 365: "Marketing Manager"');
    });

    it('an empty value is told from the text "(empty)"', () => {
      const report = helpdeskReport(aCompleteCheck({ 'SPS-JobTitle': '(empty)', Office: '' }), aContext());
      expect(report).toContain('In SharePoint (SPS-JobTitle): "(empty)"\n');
      expect(report).toContain('In SharePoint (Office): (empty)\n');
    });

    it.each([
      ['javascript:alert(1)', '"javascript:"', 'alert'],
      ['  JavaScript:/*"*/alert(document.cookie)', '"javascript:"', 'cookie'],
      ['data:text/html,<script>alert(1)</script>', '"data:"', 'script'],
      ['//evil.example/x.jpg', undefined, 'evil']
    ])('never pastes an unsafe picture address (%s): it says so, with the scheme at most', (url, scheme, hidden) => {
      const report = helpdeskReport(aCompleteCheck({ PictureURL: url }), aContext());
      const expected = scheme ? `  PictureURL: (unsafe address, not shown: ${scheme})\n` : '  PictureURL: (unsafe address, not shown)\n';
      expect(report).toContain(expected);
      expect(report).not.toContain(hidden);
    });

    it("quotes the page's own origin on the local fake tenant, and an http address elsewhere is unsafe", () => {
      const local = 'http://localhost:4321/u/x/my/User%20Photos/x_MThumb.jpg?t=1';
      const allowed = helpdeskReport(aCompleteCheck({ PictureURL: local }), aContext({ allowedOrigins: ['http://localhost:4321'] }));
      expect(allowed).toContain('  PictureURL: "http://localhost:4321/u/x/my/User%20Photos/x_MThumb.jpg"\n');
      const elsewhere = helpdeskReport(aCompleteCheck({ PictureURL: local }), aContext());
      expect(elsewhere).toContain('  PictureURL: (unsafe address, not shown: "http:")\n');
    });
  });

  it('names the last photo sync on this page and its outcome, before the times; says nothing of one where there is none', () => {
    const withSync = helpdeskReport(aCompleteCheck(), aContext({
      photoSync: { status: 'done', outcome: { kind: 'failed', reason: 'blocked', uploadAttempted: true, finishedAt: Date.parse('2026-11-15T12:03:00Z') } }
    }));
    expect(withSync).toMatch(/\nPhoto sync on this page: failed \(failed: blocked\)\n {2}photo sent\n {2}Ended: 2026-11-15T12:03:00\.000Z [^\n]*\nChecked: /);
    expect(helpdeskReport(aCompleteCheck(), aContext())).not.toContain('Photo sync');
  });

  describe("gives each failure the service's own error code, request ids and date", () => {
    const graphRefusal = new SourceError('graph', 'permission', 'Microsoft Graph answered 403 to /me?$select=id (in $batch)', 403, undefined, {
      code: 'Authorization_RequestDenied', requestId: 'b5e8a1f4-8c7a-4a8e-9d43-2b1f0c6a9e01', clientRequestId: '7d3c2a10-5e4f-4b6a-8c9d-0e1f2a3b4c5d',
      date: '2026-11-15T11:59:58'
    });
    const sharePointDown = new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503', 503, 30, {
      code: '-2147467259, Microsoft.SharePoint.SPException', requestId: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d',
      spRequestGuid: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d', date: 'Sun, 15 Nov 2026 11:59:58 GMT'
    });
    const report = helpdeskReport({ kind: 'failed', failures: [graphRefusal, sharePointDown], checkedAt: CHECKED_AT }, aContext());

    it("for Graph: its code, request-id, client-request-id and date on the line under the failure", () => {
      expect(report).toContain(
        '- Microsoft 365 profile (graph): permission, HTTP 403: "Microsoft Graph answered 403 to /me?$select=id (in $batch)"\n' +
        '  code: "Authorization_RequestDenied", request-id: "b5e8a1f4-8c7a-4a8e-9d43-2b1f0c6a9e01", ' +
        'client-request-id: "7d3c2a10-5e4f-4b6a-8c9d-0e1f2a3b4c5d", date: "2026-11-15T11:59:58"\n'
      );
    });

    it("for SharePoint: its OData code, request-id, SPRequestGuid and date", () => {
      expect(report).toContain(
        '  code: "-2147467259, Microsoft.SharePoint.SPException", request-id: "9c2f1fa1-e07b-8098-0000-0542b45c7a3d", ' +
        'SPRequestGuid: "9c2f1fa1-e07b-8098-0000-0542b45c7a3d", date: "Sun, 15 Nov 2026 11:59:58 GMT"\n'
      );
    });

    it('and still no secret when a service puts one in a detail', () => {
      const leaky = new SourceError('graph', 'unknown', 'x', 400, undefined, { code: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJ4In0.c2ln' });
      const withSecret = helpdeskReport({ kind: 'failed', failures: [leaky], checkedAt: CHECKED_AT }, aContext());
      expect(withSecret).not.toContain('eyJ');
      expect(withSecret).toContain('  code: "[token removed]"');
    });
  });

  it('shows a field without a label by its Graph name, and never a prototype member as a label', () => {
    const report = helpdeskReport(aCompleteCheck({ PreferredName: 'Megan B.' }), aContext({ words: { ...words, fieldLabels: undefined } }));
    expect(report).toContain('- property-differs: displayName\n');
    const failed: ProfileCheck = { kind: 'failed', failures: [], checkedAt: CHECKED_AT };
    const withPrototypeName = helpdeskReport(failed, aContext({ fields: ['constructor', 'toString'] }));
    expect(withPrototypeName).toContain('Fields: constructor, toString\n');
  });

  it.each(PREVIEW_STATES)('stays compact and complete for the %s preview', (state) => {
    const report = helpdeskReport(previewCheck(state, CHECKED_AT), aContext());
    const lines = linesOf(report);
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.length).toBeLessThanOrEqual(40);
    lines.forEach((line) => expect(line.length).toBeLessThanOrEqual(320));
    expect(report).toContain('Web part version: 1.4.0.0');
  });
});
