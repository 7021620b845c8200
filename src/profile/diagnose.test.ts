import { diagnose } from './diagnose';
import { ProfileDataError } from './ProfileDataError';
import { aGraphError, aGraphPhoto, aGraphPlaceholderPhoto, aGraphUser, aMailboxNotEnabledError, aPhotoNotFoundError } from './testing/graphBuilders';
import { ODATA_FLAVOURS, aSharePointProfile } from './testing/sharePointProfileBuilder';
import { DiagnoseInput } from './types';

/** Megan, in sync everywhere, with the same photo on both sides; each test changes one thing. */
function anInput(changes: Partial<DiagnoseInput> = {}): DiagnoseInput {
  return {
    sharePointProfile: aSharePointProfile().inFlavour('minimal'),
    graphUser: aGraphUser(),
    graphPhoto: aGraphPhoto(),
    photoMatch: 'same',
    ...changes
  };
}

describe('diagnose', () => {
  describe.each(ODATA_FLAVOURS)('with GetMyProperties in odata=%s', (flavour) => {
    it('finds nothing wrong with a profile in sync', () => {
      expect(diagnose(anInput({ sharePointProfile: aSharePointProfile().inFlavour(flavour) }))).toEqual({
        status: 'in-sync',
        findings: []
      });
    });

    it('finds a property that did not sync', () => {
      const sharePointProfile = aSharePointProfile({ PreferredName: 'Megan Smith' }).inFlavour(flavour);

      expect(diagnose(anInput({ sharePointProfile })).findings).toEqual([
        {
          code: 'property-differs',
          field: 'displayName',
          sharePointValue: 'Megan Smith',
          microsoft365Value: 'Megan Bowen',
          severity: 'warning'
        }
      ]);
    });
  });

  describe('photo', () => {
    it.each([
      ['with a photo in SharePoint', aSharePointProfile().inFlavour('minimal')],
      ['without a photo in SharePoint', aSharePointProfile().withoutPhoto().inFlavour('minimal')]
    ])('says only "could not tell", with Graph\'s reason, when Graph cannot say whether there is a photo (%s)', (_name, sharePointProfile) => {
      expect(diagnose(anInput({ sharePointProfile, graphPhoto: aMailboxNotEnabledError(), photoMatch: undefined }))).toEqual({
        status: 'in-sync',
        findings: [{
          code: 'photo-unverified',
          severity: 'info',
          reason: 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.'
        }]
      });
    });

    it('never warns about a missing Microsoft 365 photo on a 404 that does not mean "no photo"', () => {
      const findings = diagnose(anInput({ graphPhoto: aGraphError('ProfileNotFoundException', 'Profile not found.'), photoMatch: undefined })).findings;
      expect(findings.map((f) => [f.code, f.severity])).toEqual([['photo-unverified', 'info']]);
    });

    it('warns when the Microsoft 365 photo never reached SharePoint', () => {
      const sharePointProfile = aSharePointProfile().withoutPhoto().inFlavour('verbose');

      expect(diagnose(anInput({ sharePointProfile, photoMatch: undefined }))).toEqual({
        status: 'out-of-sync',
        findings: [{ code: 'photo-missing-in-sharepoint', severity: 'warning' }]
      });
    });

    it.each([
      ['Graph answered 404', null],
      ['Graph served the 1x1 placeholder', aGraphPlaceholderPhoto()],
      ['the 404 error body was passed on', aPhotoNotFoundError('ImageNotFound')]
    ])('warns when SharePoint has a photo Microsoft 365 does not (%s)', (_name, graphPhoto) => {
      expect(diagnose(anInput({ graphPhoto, photoMatch: undefined }))).toEqual({
        status: 'out-of-sync',
        findings: [{ code: 'photo-missing-in-microsoft365', severity: 'warning' }]
      });
    });

    it('warns when the two photos are different pictures', () => {
      expect(diagnose(anInput({ photoMatch: 'different' }))).toEqual({
        status: 'out-of-sync',
        findings: [{ code: 'photo-differs', severity: 'warning' }]
      });
    });

    it.each([
      ['could not be compared', 'unknown' as const],
      ['were not compared', undefined]
    ])('says, without a warning, that two photos that %s are unverified', (_name, photoMatch) => {
      expect(diagnose(anInput({ photoMatch }))).toEqual({
        status: 'in-sync',
        findings: [{ code: 'photo-unverified', severity: 'info' }]
      });
    });

    it.each([
      ['SharePoint has a photo', aSharePointProfile().inFlavour('minimal')],
      ['SharePoint shows the placeholder', aSharePointProfile().withoutPhoto().inFlavour('minimal')]
    ])('warns that the Microsoft 365 photo is damaged when its bytes are not an image (%s)', (_name, sharePointProfile) => {
      expect(diagnose(anInput({ sharePointProfile, photoMatch: 'unknown', microsoft365PhotoNotAnImage: true }))).toEqual({
        status: 'out-of-sync',
        findings: [{ code: 'photo-damaged-in-microsoft365', severity: 'warning' }]
      });
    });

    it('does not call a photo damaged when Graph says there is none or could not tell', () => {
      const none = diagnose(anInput({ graphPhoto: null, photoMatch: undefined, microsoft365PhotoNotAnImage: true })).findings;
      const unknown = diagnose(anInput({ graphPhoto: aMailboxNotEnabledError(), photoMatch: undefined, microsoft365PhotoNotAnImage: true })).findings;
      expect(none.map((f) => f.code)).toEqual(['photo-missing-in-microsoft365']);
      expect(unknown.map((f) => f.code)).toEqual(['photo-unverified']);
    });

    describe('photo presence only (the organisation scan compares no pixels)', () => {
      it('says nothing about the photo when both sides have one', () => {
        expect(diagnose(anInput({ photoMatch: undefined, photoPresenceOnly: true }))).toEqual({ status: 'in-sync', findings: [] });
      });

      it('still warns when a photo is on one side only', () => {
        const sharePointProfile = aSharePointProfile().withoutPhoto().inFlavour('minimal');
        expect(diagnose(anInput({ sharePointProfile, photoMatch: undefined, photoPresenceOnly: true })).findings)
          .toEqual([{ code: 'photo-missing-in-sharepoint', severity: 'warning' }]);
        expect(diagnose(anInput({ graphPhoto: null, photoMatch: undefined, photoPresenceOnly: true })).findings)
          .toEqual([{ code: 'photo-missing-in-microsoft365', severity: 'warning' }]);
      });

      it('still says "could not tell", with Graph\'s reason, when Graph could not tell', () => {
        const findings = diagnose(anInput({ graphPhoto: aMailboxNotEnabledError(), photoMatch: undefined, photoPresenceOnly: true })).findings;
        expect(findings.map((f) => [f.code, f.reason])).toEqual([
          ['photo-unverified', 'MailboxNotEnabledForRESTAPI: The mailbox is either inactive, soft-deleted, or is hosted on-premise.']
        ]);
      });
    });

    it('finds nothing when neither side has a photo', () => {
      const sharePointProfile = aSharePointProfile().withoutPhoto().inFlavour('nometadata');

      expect(diagnose(anInput({ sharePointProfile, graphPhoto: null }))).toEqual({ status: 'in-sync', findings: [] });
    });
  });

  describe('properties', () => {
    it('reports only an info, in sync, when just the mobile phone differs (Microsoft does not sync it)', () => {
      const sharePointProfile = aSharePointProfile({ CellPhone: '+47 912 34 567' }).inFlavour('minimal');

      expect(diagnose(anInput({ sharePointProfile, graphUser: aGraphUser({ mobilePhone: '+47 400 00 000' }) }))).toEqual({
        status: 'in-sync',
        findings: [
          {
            code: 'property-not-synced',
            field: 'mobilePhone',
            sharePointValue: '+47 912 34 567',
            microsoft365Value: '+47 400 00 000',
            severity: 'info'
          }
        ]
      });
    });

    it('leaves out the value of a side that is empty', () => {
      const sharePointProfile = aSharePointProfile({ Office: null }).inFlavour('minimal');

      const [finding] = diagnose(anInput({ sharePointProfile })).findings;

      expect(finding).toEqual({ code: 'property-differs', field: 'officeLocation', microsoft365Value: '131/1104', severity: 'warning' });
      expect(Object.keys(finding)).not.toContain('sharePointValue');
    });

    it('shows the values trimmed, as typed', () => {
      const sharePointProfile = aSharePointProfile({ WorkPhone: '  +47 22 33 44 55 ' }).inFlavour('minimal');

      expect(diagnose(anInput({ sharePointProfile })).findings[0]).toEqual(
        expect.objectContaining({ sharePointValue: '+47 22 33 44 55', microsoft365Value: '+1 425 555 0109' })
      );
    });

    it('does not report values that differ only in form', () => {
      const sharePointProfile = aSharePointProfile({
        PreferredName: ' Megan  Bowen ',
        WorkEmail: 'meganb@CONTOSO.onmicrosoft.com',
        WorkPhone: '+14255550109',
        Office: null
      }).inFlavour('verbose');

      expect(diagnose(anInput({ sharePointProfile, graphUser: aGraphUser({ officeLocation: '' }) }))).toEqual({
        status: 'in-sync',
        findings: []
      });
    });

    it('lists the photo first, then properties in mapping order', () => {
      const sharePointProfile = aSharePointProfile({ CellPhone: '+47 912 34 567', WorkEmail: 'megan@contoso.com', FirstName: 'Meg' })
        .withoutPhoto()
        .inFlavour('nometadata');

      const codes = diagnose(anInput({ sharePointProfile })).findings.map((finding) => `${finding.code} ${finding.field || ''}`.trim());

      expect(codes).toEqual([
        'photo-missing-in-sharepoint',
        'property-differs givenName',
        'property-differs mail',
        'property-not-synced mobilePhone'
      ]);
    });

    it('compares only the fields the site owner chose', () => {
      const sharePointProfile = aSharePointProfile({ Department: 'Sales', Office: '18/2111' }).inFlavour('minimal');

      const findings = diagnose(anInput({ sharePointProfile, fields: ['officeLocation'] })).findings;

      expect(findings.map((finding) => finding.field)).toEqual(['officeLocation']);
    });
  });

  describe('outside shapes', () => {
    it('gives a diagnosis with exactly the keys status and findings', () => {
      expect(Object.keys(diagnose(anInput({ photoMatch: 'different' }))).sort()).toEqual(['findings', 'status']);
    });

    it('gives findings with no keys set to undefined', () => {
      const sharePointProfile = aSharePointProfile({ Office: '', Department: 'Sales' }).withoutPhoto().inFlavour('minimal');

      diagnose(anInput({ sharePointProfile })).findings.forEach((finding) => {
        Object.keys(finding).forEach((key) => expect(finding[key as keyof typeof finding]).not.toBeUndefined());
      });
    });
  });

  describe('refuses to give a verdict on input that is not what the endpoints return', () => {
    it.each([
      ['sharePointProfile', anInput({ sharePointProfile: '<html><body>Sign in</body></html>' })],
      ['sharePointProfile', anInput({ sharePointProfile: { 'odata.error': { code: '-1, Exception', message: { lang: 'en-US', value: 'Boom' } } } })],
      ['graphUser', anInput({ graphUser: [] })],
      ['graphUser', anInput({ graphUser: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } })],
      ['graphPhoto', anInput({ graphPhoto: 'not a photo' })]
    ])('bad %s', (inputName, input) => {
      expect(() => diagnose(input)).toThrow(ProfileDataError);
      expect(() => diagnose(input)).toThrow(new RegExp(`^${inputName}: `));
    });

    // Bodies of the other endpoints the web part calls, passed in the wrong place: each would otherwise
    // read as a user or a profile with every field empty and report false differences.
    const sharePointError = { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } };
    it.each([
      ['graphUser', 'the /me/photo metadata', { graphUser: aGraphPhoto() }, /photo metadata of GET \/me\/photo/],
      ['graphUser', 'the 1x1 placeholder metadata', { graphUser: aGraphPlaceholderPhoto() }, /photo metadata/],
      ['graphUser', 'a Graph error body', { graphUser: aMailboxNotEnabledError() }, /error instead of a user/],
      ['graphUser', 'a SharePoint error body', { graphUser: sharePointError }, /error instead of a user/],
      ['graphUser', 'an OData list', { graphUser: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users', value: [aGraphUser()] } }, /a list/],
      ['graphUser', 'GetMyProperties (minimal)', { graphUser: aSharePointProfile().inFlavour('minimal') }, /SharePoint body/],
      ['graphUser', 'GetMyProperties (verbose)', { graphUser: aSharePointProfile().inFlavour('verbose') }, /SharePoint body/],
      ['sharePointProfile', 'the /me/photo metadata', { sharePointProfile: aGraphPhoto() }, /photo metadata/],
      ['sharePointProfile', 'a Graph error body', { sharePointProfile: aPhotoNotFoundError() }, /error instead of a profile/],
      ['sharePointProfile', 'a SharePoint error body', { sharePointProfile: sharePointError }, /error instead of a profile/],
      ['sharePointProfile', 'an OData list', { sharePointProfile: { value: [aSharePointProfile().inFlavour('nometadata')] } }, /a list/],
      ['sharePointProfile', 'a verbose OData list', { sharePointProfile: { d: { results: [aSharePointProfile().inFlavour('nometadata')] } } }, /a list/],
      ['sharePointProfile', 'the /me body', { sharePointProfile: aGraphUser() }, /Microsoft Graph user/]
    ])('%s given %s', (inputName, _what, changes, expected) => {
      const input = anInput(changes as Partial<DiagnoseInput>);
      expect(() => diagnose(input)).toThrow(ProfileDataError);
      expect(() => diagnose(input)).toThrow(new RegExp(`^${inputName}: `));
      expect(() => diagnose(input)).toThrow(expected);
    });

    it('even when no property is compared', () => {
      expect(() => diagnose(anInput({ graphUser: 'Megan Bowen', fields: [] }))).toThrow(ProfileDataError);
    });
  });
});
