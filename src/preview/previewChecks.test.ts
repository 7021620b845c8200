import { FindingCode } from '../profile';
import { ProfileCheck } from '../check/types';
import { SourceError } from '../sources/SourceError';
import { previewCheck } from './previewChecks';
import { PREVIEW_STATES, PreviewState } from './types';
import { textOf } from './testing/textOf';

const NOW = new Date('2026-11-25T09:30:00Z');

function complete(state: PreviewState): Extract<ProfileCheck, { kind: 'complete' }> {
  const check = previewCheck(state, NOW);
  if (check.kind !== 'complete') throw new Error(`${state} should be a complete check, is ${check.kind}`);
  return check;
}

function codesOf(state: PreviewState): FindingCode[] {
  return complete(state).diagnosis.findings.map((finding) => finding.code);
}

describe('previewCheck', () => {
  it.each([
    ['in-sync', 'in-sync', []],
    ['photo-missing-in-sharepoint', 'out-of-sync', ['photo-missing-in-sharepoint']],
    ['photo-missing-in-microsoft365', 'out-of-sync', ['photo-missing-in-microsoft365']],
    ['photo-differs', 'out-of-sync', ['photo-differs']],
    ['photo-unverified', 'in-sync', ['photo-unverified']],
    ['property-differs', 'out-of-sync', ['property-differs', 'property-differs']],
    ['property-not-synced', 'in-sync', ['property-not-synced']]
  ] as Array<[PreviewState, string, FindingCode[]]>)('%s: the core says %s with exactly the finding named', (state, status, codes) => {
    const check = complete(state);
    expect(check.diagnosis.status).toBe(status);
    expect(codesOf(state)).toEqual(codes);
    expect(check.checkedAt).toBe(NOW);
  });

  it('property-differs: job title and department, with both values', () => {
    expect(complete('property-differs').diagnosis.findings).toEqual([
      { code: 'property-differs', field: 'jobTitle', sharePointValue: 'Project Coordinator', microsoft365Value: 'Project Manager', severity: 'warning' },
      { code: 'property-differs', field: 'department', sharePointValue: 'Sales', microsoft365Value: 'Customer Success', severity: 'warning' }
    ]);
  });

  it('property-not-synced: the mobile number, a note and not a warning', () => {
    expect(complete('property-not-synced').diagnosis.findings).toEqual([
      { code: 'property-not-synced', field: 'mobilePhone', sharePointValue: '+1 425 555 0177', microsoft365Value: '+1 425 555 0188', severity: 'info' }
    ]);
  });

  it('compares every field, with the table the page shows', () => {
    const rows = complete('in-sync').properties;
    expect(rows.map((row) => row.field)).toEqual([
      'displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mail', 'mobilePhone'
    ]);
    expect(rows.every((row) => row.equal)).toBe(true);
    expect(rows[0].sharePointValue).toBe('Ada Brightwater');
  });

  describe('photos', () => {
    it('gives each side that has a photo a drawn one, so nothing shows as "couldn\'t load"', () => {
      ['in-sync', 'photo-differs', 'photo-unverified', 'property-differs', 'property-not-synced'].forEach((state) => {
        const { photos } = complete(state as PreviewState);
        expect(photos.sharePoint && photos.sharePoint.blob && photos.sharePoint.blob.type).toBe('image/svg+xml');
        expect(photos.microsoft365 && photos.microsoft365.blob && photos.microsoft365.blob.type).toBe('image/svg+xml');
      });
    });

    it('leaves out the photo of the side that has none, and makes no pixel comparison', () => {
      const missingInSharePoint = complete('photo-missing-in-sharepoint');
      expect(missingInSharePoint.photos.sharePoint).toBeUndefined();
      expect(missingInSharePoint.photos.microsoft365).toBeDefined();
      expect(missingInSharePoint.photoMatch).toBeUndefined();
      expect(missingInSharePoint.sharePoint.placeholderState).toBe('1');

      const missingInMicrosoft365 = complete('photo-missing-in-microsoft365');
      expect(missingInMicrosoft365.photos.microsoft365).toBeUndefined();
      expect(missingInMicrosoft365.photos.sharePoint).toBeDefined();
      expect(missingInMicrosoft365.photoMatch).toBeUndefined();
    });

    it('shows two different pictures when the photos differ, and the same one otherwise', async () => {
      const differs = complete('photo-differs');
      const same = complete('in-sync');
      expect(differs.photoMatch).toBe('different');
      expect(same.photoMatch).toBe('same');
      expect(complete('photo-unverified').photoMatch).toBe('unknown');
      const [differsSharePoint, differsMicrosoft365, sameSharePoint, sameMicrosoft365] = await Promise.all([
        textOf(differs.photos.sharePoint!.blob!), textOf(differs.photos.microsoft365!.blob!),
        textOf(same.photos.sharePoint!.blob!), textOf(same.photos.microsoft365!.blob!)
      ]);
      expect(differsSharePoint).not.toBe(differsMicrosoft365);
      expect(sameSharePoint).toBe(sameMicrosoft365);
    });

    it('dates the SharePoint photo before the check', () => {
      const { sharePoint } = complete('in-sync');
      const seconds = Number(sharePoint.pictureTimestamp) - 62135596800;
      expect(seconds * 1000).toBeLessThan(NOW.getTime());
      expect(sharePoint.pictureUrl).toMatch(/^https:\/\/contoso-my\.sharepoint\.com\/User%20Photos\/Profile%20Pictures\/.*_MThumb\.jpg$/);
    });
  });

  it('partial-graph-permission: Graph refused with 403, SharePoint was read and its photo is shown', () => {
    const check = previewCheck('partial-graph-permission', NOW);
    if (check.kind !== 'partial') throw new Error(`expected partial, got ${check.kind}`);
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0]).toBeInstanceOf(SourceError);
    expect(check.failures[0]).toMatchObject({ source: 'graph', kind: 'permission', status: 403 });
    expect(check.failures[0].message).toContain('403');
    expect(check.sharePoint && check.sharePoint.displayName).toBe('Ada Brightwater');
    expect(check.graphUser).toBeUndefined();
    expect(check.photos.sharePoint && check.photos.sharePoint.blob).toBeDefined();
    // The side that did not answer has an unknown photo: the page says "couldn't load".
    expect(check.photos.microsoft365).toEqual({});
    expect(check.checkedAt).toBe(NOW);
  });

  it('error-sharepoint-unavailable: nothing could be read, SharePoint answered 503', () => {
    const check = previewCheck('error-sharepoint-unavailable', NOW);
    if (check.kind !== 'failed') throw new Error(`expected failed, got ${check.kind}`);
    expect(check.failures[0]).toBeInstanceOf(SourceError);
    expect(check.failures[0]).toMatchObject({ source: 'sharePoint', kind: 'unavailable', status: 503 });
    expect(check.failures.map((failure) => failure.source)).toEqual(['sharePoint', 'graph']);
    expect(check.checkedAt).toBe(NOW);
  });

  it('covers every finding the core can make', () => {
    const made = PREVIEW_STATES.map((state) => previewCheck(state, NOW))
      .map((check) => (check.kind === 'complete' ? check.diagnosis.findings.map((finding) => finding.code) : []))
      .reduce((all, codes) => all.concat(codes), [] as FindingCode[]);
    const every: FindingCode[] = [
      'photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-differs', 'photo-unverified', 'property-differs', 'property-not-synced'
    ];
    every.forEach((code) => expect(made).toContain(code));
  });

  it('checks now when no time is given', () => {
    const before = Date.now();
    const check = previewCheck('in-sync');
    expect(check.checkedAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('makes no request', () => {
    const fetch = jest.fn();
    const open = jest.spyOn(XMLHttpRequest.prototype, 'open');
    const original = (global as { fetch?: unknown }).fetch;
    (global as { fetch?: unknown }).fetch = fetch;
    try {
      PREVIEW_STATES.forEach((state) => previewCheck(state, NOW));
    } finally {
      (global as { fetch?: unknown }).fetch = original;
      open.mockRestore();
    }
    expect(fetch).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});

