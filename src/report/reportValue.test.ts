import { capped, MAX_VALUE_LENGTH, oneLine, reportValue, withoutQuery, withoutSecrets } from './reportValue';

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Im5PbzNaRHJPRFhFSzFqS1doWHNsSFJfS1hFZyJ9' +
  '.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJ1cG4iOiJhZGFiQGNvbnRvc28uY29tIn0' +
  '.c2lnbmF0dXJlLW5vdC1yZWFs';
const DIGEST =
  '0x5E8A7C1D2B3F4A6B8C9D0E1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F80,25 Nov 2026 09:26:00 -0000';
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('withoutSecrets', () => {
  it.each([
    ['a bearer token', `Request failed: Authorization=Bearer ${JWT}`, ['eyJ', 'Bearer ey']],
    ['a bearer token in a sentence', `sent Bearer ${JWT} to Graph`, ['eyJ']],
    ['a bare JSON Web Token', `token was ${JWT}.`, ['eyJ']],
    ['an Authorization header line', `Authorization: Bearer ${JWT}\nAccept: application/json`, ['eyJ', 'Bearer e']],
    ['an Authorization header in JSON', `{"headers":{"Authorization":"Bearer ${JWT}"}}`, ['eyJ']],
    ['a request digest', `X-RequestDigest: ${DIGEST}`, ['0x5E8A', '25 Nov 2026']],
    ['a request digest in text', `The digest ${DIGEST} has expired`, ['0x5E8A', '09:26:00']],
    ['a short request digest', 'digest 0x1234abcd,25 Nov 2026 was refused', ['0x1234abcd', '25 Nov 2026']],
    ['a FormDigestValue in JSON', `{"FormDigestValue":"${DIGEST}"}`, ['0x5E8A']],
    ['a data URL', `<img src="data:image/png;base64,${PNG_BASE64}">`, ['base64', 'iVBOR']],
    ['raw base64 photo bytes', `body: ${PNG_BASE64}${PNG_BASE64}`, ['iVBOR']],
    ['an access token in a URL', `https://contoso.sharepoint.com/_api/web?access_token=abc.def.ghi&x=1`, ['abc.def', 'x=1']],
    ['an access token in a form body', 'grant_type=x&access_token=opaque-secret-123', ['opaque-secret-123']],
    ['a SAS signature', 'https://x.blob.core.windows.net/c/photo.jpg?sv=2024&sig=AbC%2Bdef', ['AbC%2Bdef']],
    ['credentials in a URL', 'https://ada:hunter2@contoso.sharepoint.com/sites/x', ['hunter2']],
    ['a FedAuth cookie', 'Cookie: FedAuth=77u/PD94bWwgdmVyc2lvbj0; rtFa=abc', ['77u/PD94', 'rtFa=abc']]
  ])('removes %s', (_name, text, secrets) => {
    const result = withoutSecrets(text);
    secrets.forEach((secret) => expect(result).not.toContain(secret));
  });

  it.each([
    'Microsoft Graph answered 403 to /me?$select=id,displayName (in $batch)',
    'SharePoint answered 503: Error making HttpClient request in queryable [503] Service Unavailable',
    'Authorization_RequestDenied: Insufficient privileges to complete the operation.',
    'HRESULT 0x80070005 (E_ACCESSDENIED)',
    'Eyjafjallajökull office',
    'i:0#.f|membership|adab@contoso.onmicrosoft.com',
    'https://contoso-my.sharepoint.com/User%20Photos/Profile%20Pictures/adab_contoso_onmicrosoft_com_MThumb.jpg',
    '+47 22 33 44 55'
  ])('leaves ordinary text alone: %s', (text) => {
    expect(withoutSecrets(text)).toBe(text);
  });
});

describe('oneLine', () => {
  it('turns each run of line breaks and tabs into one space', () => {
    expect(oneLine('Project\r\nManager\n\n\tOslo\u2028Norway')).toBe('Project Manager Oslo Norway');
  });

  it('shows control and invisible characters instead of hiding them', () => {
    expect(oneLine('Sales\u200B')).toBe('Sales[U+200B]');
    expect(oneLine('a\u202Egnp.exe')).toBe('a[U+202E]gnp.exe');
    expect(oneLine('nul\u0000bell\u0007')).toBe('nul[U+0000]bell[U+0007]');
  });
});

describe('capped', () => {
  it('cuts long text and ends it with an ellipsis', () => {
    const result = capped('x'.repeat(1000), 200);
    expect(result).toBe(`${'x'.repeat(200)}\u2026`);
  });

  it('never splits an emoji in half', () => {
    const text = `${'x'.repeat(199)}\uD83D\uDE00 and more`;
    expect(capped(text, 200)).toBe(`${'x'.repeat(199)}\u2026`);
  });

  it('leaves short text as it is', () => {
    expect(capped('Project Manager', 200)).toBe('Project Manager');
  });
});

describe('reportValue', () => {
  it('removes secrets before flattening, so a header on its own line takes nothing after it', () => {
    expect(reportValue(`Authorization: Bearer ${JWT}\r\nRequest failed`)).toBe('Authorization: [removed] Request failed');
  });

  it('caps at MAX_VALUE_LENGTH', () => {
    expect(reportValue('y '.repeat(500)).length).toBeLessThanOrEqual(MAX_VALUE_LENGTH + 1);
  });
});

describe('withoutQuery', () => {
  it('drops the query string and the fragment', () => {
    expect(withoutQuery('https://contoso.sharepoint.com/SitePages/Home.aspx?token=x#top')).toBe(
      'https://contoso.sharepoint.com/SitePages/Home.aspx'
    );
    expect(withoutQuery('https://contoso.sharepoint.com/SitePages/Home.aspx#a?b')).toBe(
      'https://contoso.sharepoint.com/SitePages/Home.aspx'
    );
  });
});
