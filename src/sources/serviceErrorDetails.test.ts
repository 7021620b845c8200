import { aGraphError } from '../profile/testing/graphBuilders';
import { graphErrorDetails, sharePointErrorDetails } from './serviceErrorDetails';

function headers(values: Record<string, string>): { get(name: string): string | null } {
  const lower: Record<string, string> = {};
  Object.keys(values).forEach((name) => { lower[name.toLowerCase()] = values[name]; });
  return { get: (name: string) => (lower[name.toLowerCase()] !== undefined ? lower[name.toLowerCase()] : null) };
}

describe('graphErrorDetails', () => {
  it("reads Graph's code, request ids and date from its error body", () => {
    expect(graphErrorDetails(aGraphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))).toEqual({
      code: 'Authorization_RequestDenied',
      requestId: 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11',
      clientRequestId: 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11',
      date: '2024-05-02T09:41:12'
    });
  });

  it('falls back to the response headers for what the body leaves out', () => {
    const details = graphErrorDetails({ error: { code: 'TooManyRequests', innererror: { 'request-id': 'from-body' } } },
      headers({ 'request-id': 'from-header', 'client-request-id': 'client-1', Date: 'Thu, 02 May 2024 09:41:12 GMT' }));
    expect(details).toEqual({ code: 'TooManyRequests', requestId: 'from-body', clientRequestId: 'client-1', date: 'Thu, 02 May 2024 09:41:12 GMT' });
  });

  it('says nothing when neither the body nor the headers do, and ignores values of the wrong type', () => {
    expect(graphErrorDetails('<html>Bad gateway</html>', headers({}))).toBeUndefined();
    expect(graphErrorDetails({ error: { code: { nested: true }, innerError: ['request-id'] } })).toBeUndefined();
  });

  it('cuts a value too long to be an identifier', () => {
    const details = graphErrorDetails({ error: { code: 'X'.repeat(500) } });
    expect((details && details.code || '').length).toBe(120);
  });
});

describe('sharePointErrorDetails', () => {
  const sharePointHeaders = headers({
    SPRequestGuid: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d', 'request-id': '9c2f1fa1-e07b-8098-0000-0542b45c7a3d', Date: 'Mon, 15 Apr 2024 08:08:30 GMT'
  });

  it.each([
    ['nometadata/minimal', { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }],
    ['verbose', { error: { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }]
  ])("reads the OData error code of a %s body and SharePoint's request headers", (_flavour, body) => {
    expect(sharePointErrorDetails(JSON.stringify(body), sharePointHeaders)).toEqual({
      code: '-2147024891, System.UnauthorizedAccessException',
      requestId: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d',
      spRequestGuid: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d',
      date: 'Mon, 15 Apr 2024 08:08:30 GMT'
    });
  });

  it('reads the code of an XML error body', () => {
    const xml = '<m:error xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><m:code>-2147024891, System.UnauthorizedAccessException</m:code>' +
      '<m:message xml:lang="en-US">Attempted to perform an unauthorized operation.</m:message></m:error>';
    expect(sharePointErrorDetails(xml)).toEqual({ code: '-2147024891, System.UnauthorizedAccessException' });
  });

  it('keeps the headers of an HTML error page, and says nothing without any', () => {
    expect(sharePointErrorDetails('<html><body>503</body></html>', sharePointHeaders)).toEqual(expect.objectContaining({ spRequestGuid: '9c2f1fa1-e07b-8098-0000-0542b45c7a3d' }));
    expect(sharePointErrorDetails(undefined, undefined)).toBeUndefined();
    expect(sharePointErrorDetails('', { get: () => { throw new Error('refused by CORS'); } })).toBeUndefined();
  });
});
