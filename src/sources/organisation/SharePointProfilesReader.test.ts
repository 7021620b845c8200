/**
 * @jest-environment node
 */
// Node's own fetch Response and Headers, which PnPjs's batch parser builds each part with.
import { spfi, SPBrowser } from '@pnp/sp';
import { aSharePointProfile } from '../../profile/testing/sharePointProfileBuilder';
import { claimsOf, PROFILE_BATCH_SIZE, SharePointProfilesReader } from './SharePointProfilesReader';
import { immediatePacer } from './testing/immediatePacer';

const SITE = 'https://contoso.sharepoint.com/sites/intranet';

type PartAnswer = { status: number; body: unknown };

/** SharePoint's $batch as PnPjs reads it: one multipart/mixed answer, a part per GET, in order. */
function multipart(parts: PartAnswer[]): string {
  const boundary = 'batchresponse_4f1c';
  return parts.map((part) => `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n` +
    `HTTP/1.1 ${part.status} ${part.status === 200 ? 'OK' : 'Error'}\nCONTENT-TYPE: application/json;odata=minimalmetadata\n\n` +
    `${JSON.stringify(part.body)}\n`).join('') + `--${boundary}--\n`;
}

/** The accounts asked for in a $batch body, in order. */
function accountsIn(body: string): string[] {
  return (body.match(/getpropertiesfor\(@v\)\?%40v=[^ ]+/g) || []).map((url) => decodeURIComponent(url.split('%40v=')[1]));
}

function aSharePoint(answer: (account: string) => PartAnswer, batchStatus: number[] = []): { fetch: jest.Mock; batches: string[][] } {
  const batches: string[][] = [];
  const fetch = jest.fn((url: string, init: RequestInit) => {
    if (url.endsWith('/_api/contextinfo')) {
      return Promise.resolve(new Response(JSON.stringify({ FormDigestValue: '0x1,01 Jan 2026', FormDigestTimeoutSeconds: 1800 }), { status: 200 }));
    }
    const accounts = accountsIn(String(init.body));
    batches.push(accounts);
    const status = batchStatus[batches.length - 1];
    if (status) return Promise.resolve(new Response('{"odata.error":{"code":"-2147024860","message":{"value":"busy"}}}', { status, headers: { 'Retry-After': '7' } }));
    return Promise.resolve(new Response(multipart(accounts.map(answer)), { status: 200, headers: { 'Content-Type': 'multipart/mixed; boundary=batchresponse_4f1c' } }));
  });
  return { fetch, batches };
}

const people = (n: number): Array<{ id: string; userPrincipalName: string }> =>
  Array.from({ length: n }, (_, i) => ({ id: `id-${i + 1}`, userPrincipalName: `p${i + 1}@contoso.com` }));

function aReader(fetch: jest.Mock, pacer = immediatePacer('sharePoint')): SharePointProfilesReader {
  return new SharePointProfilesReader(spfi().using(SPBrowser({ baseUrl: SITE })), pacer, fetch);
}

describe('SharePointProfilesReader', () => {
  it('reads 100 profiles in one SharePoint $batch with PnPjs, answered by person', async () => {
    const sharePoint = aSharePoint(() => ({ status: 200, body: aSharePointProfile().inFlavour('minimal') }));

    const answers = await aReader(sharePoint.fetch).read(people(PROFILE_BATCH_SIZE));

    expect(sharePoint.batches).toHaveLength(1);
    expect(sharePoint.batches[0]).toHaveLength(100);
    expect(sharePoint.batches[0][0]).toBe("'i:0#.f|membership|p1@contoso.com'");
    expect(sharePoint.fetch.mock.calls.filter((call) => String(call[0]).endsWith('/_api/$batch'))).toHaveLength(1);
    expect(answers.size).toBe(100);
    expect(answers.get('id-100')).toMatchObject({ ok: true, body: { AccountName: expect.any(String) } });
  });

  it('says a person has no SharePoint profile yet when SharePoint answers an empty PersonProperties', async () => {
    const sharePoint = aSharePoint((account) => (account.indexOf('p2@') >= 0
      ? { status: 200, body: { 'odata.null': true } }
      : { status: 200, body: aSharePointProfile().inFlavour('minimal') }));

    const answers = await aReader(sharePoint.fetch).read(people(3));

    expect(answers.get('id-2')).toEqual({ ok: true, noProfile: true });
    expect(answers.get('id-1')).toMatchObject({ ok: true, body: expect.anything() });
  });

  it('turns a failed part into that person\'s failure, and reads the others', async () => {
    const sharePoint = aSharePoint((account) => (account.indexOf('p1@') >= 0
      ? { status: 500, body: { 'odata.error': { code: '-1, System.InvalidOperationException', message: { value: 'Something broke' } } } }
      : { status: 200, body: aSharePointProfile().inFlavour('minimal') }));

    const answers = await aReader(sharePoint.fetch).read(people(2));

    expect(answers.get('id-1')).toMatchObject({ ok: false, error: { source: 'sharePoint', kind: 'unavailable', status: 500 } });
    expect(answers.get('id-2')).toMatchObject({ ok: true });
  });

  it('holds the scan back for the Retry-After of a throttled batch, then sends it again once (not PnPjs\'s own retries)', async () => {
    const sharePoint = aSharePoint(() => ({ status: 200, body: aSharePointProfile().inFlavour('minimal') }), [429]);
    const pacer = immediatePacer('sharePoint');

    const answers = await aReader(sharePoint.fetch, pacer).read(people(5));

    expect(pacer.waits).toEqual([7]);
    expect(sharePoint.batches).toHaveLength(2);
    expect(answers.size).toBe(5);
  });

  it('calls a $batch answer PnPjs cannot read bad data for everyone in it, with the same kind as any other unexpected answer, not offline', async () => {
    const truncated = (accounts: string[]): string => multipart(accounts.map(() => ({ status: 200, body: aSharePointProfile().inFlavour('minimal') }))).split('--batchresponse_4f1c--')[0].slice(0, -40);
    const bodies = [truncated, (): string => '<!DOCTYPE html><html><body><h1>Sorry, something went wrong</h1></body></html>'];
    for (const body of bodies) {
      const fetch = jest.fn((url: string, init: RequestInit) => url.endsWith('/_api/contextinfo')
        ? Promise.resolve(new Response(JSON.stringify({ FormDigestValue: '0x1,01 Jan 2026', FormDigestTimeoutSeconds: 1800 }), { status: 200 }))
        : Promise.resolve(new Response(body(accountsIn(String(init.body))), { status: 200, headers: { 'Content-Type': 'multipart/mixed; boundary=batchresponse_4f1c' } })));

      await expect(aReader(fetch).read(people(3))).rejects.toMatchObject({ source: 'sharePoint', kind: 'bad-data' });
    }
  });

  it('still calls a $batch that never got an answer offline', async () => {
    const fetch = jest.fn((url: string) => url.endsWith('/_api/contextinfo')
      ? Promise.resolve(new Response(JSON.stringify({ FormDigestValue: '0x1,01 Jan 2026', FormDigestTimeoutSeconds: 1800 }), { status: 200 }))
      : Promise.reject(new TypeError('Failed to fetch')));

    await expect(aReader(fetch).read(people(3))).rejects.toMatchObject({ source: 'sharePoint', kind: 'offline' });
  });

  it('doubles a quote in a user name, as an OData string needs', () => {
    expect(claimsOf("o'brien@contoso.com")).toBe("i:0#.f|membership|o''brien@contoso.com");
  });
});
