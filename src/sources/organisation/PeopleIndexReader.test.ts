/**
 * @jest-environment node
 */
// Against the fake tenant's people index (tenant/organisation/peopleSearch.js), which plays the
// published answer, short pages, search throttling and the index's lag.
import { spfi, SPBrowser } from '@pnp/sp';
import { diagnose } from '../../profile';
import { immediatePacer } from './testing/immediatePacer';
import { PeopleIndexReader } from './PeopleIndexReader';
import type { PeopleIndexEntry } from './peopleIndexEntry';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { useTestTenant } = require('../../../tenant/testTenant');

jest.setTimeout(60000);

const tenant = useTestTenant({ orgSize: 1200 });

const post = (path: string, body: unknown): Promise<Response> =>
  fetch(`${tenant.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** A pacer that sends at once and waits out a throttled answer's Retry-After on the tenant's test clock. */
function aReader(pageSize: number): { reader: PeopleIndexReader; pacer: ReturnType<typeof immediatePacer> } {
  const pacer = immediatePacer('sharePoint');
  let advanced: Promise<unknown> = Promise.resolve();
  const paced = {
    ...pacer,
    run: async <T>(units: number, send: () => Promise<T>): Promise<T> => { await advanced; return pacer.run(units, send); },
    throttled: (seconds: number | undefined): void => {
      pacer.throttled(seconds);
      advanced = post('/__tenant/clock', { advanceMs: (seconds || 1) * 1000 });
    }
  };
  const sp = spfi().using(SPBrowser({ baseUrl: tenant.persona('in-sync').sp }));
  return { reader: new PeopleIndexReader(sp, paced, undefined, pageSize), pacer };
}

async function everyEntry(pageSize: number): Promise<{ entries: PeopleIndexEntry[]; pages: number[]; waits: Array<number | undefined> }> {
  const { reader, pacer } = aReader(pageSize);
  const entries: PeopleIndexEntry[] = [];
  const pages: number[] = [];
  await reader.readAll((page) => { pages.push(page.length); entries.push(...page); });
  return { entries, pages, waits: pacer.waits };
}

describe('PeopleIndexReader', () => {
  it('reads everyone in the index once, across short pages, by DocId and not StartRow', async () => {
    const { entries, pages } = await everyEntry(100);
    const summary = await (await fetch(`${tenant.url}/__tenant/organisation`)).json();

    expect(entries).toHaveLength(summary.index.entries);
    expect(new Set(entries.map((e) => e.userPrincipalName)).size).toBe(entries.length);
    expect(pages.slice(0, -1).some((n) => n < 100)).toBe(true);
    expect(entries.every((e, i) => i === 0 || e.docId > entries[i - 1].docId)).toBe(true);
  });

  it('waits out search throttling (10 a second per user) and goes on', async () => {
    const { entries, waits } = await everyEntry(50);

    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((seconds) => seconds !== undefined && seconds >= 1)).toBe(true);
    expect(entries.length).toBeGreaterThan(1100);
  });

  it('gives each entry as a profile the core compares as it compares GetPropertiesFor\'s, and names who it is', async () => {
    await post('/__tenant/organisation', { index: { staleShare: 0, objectIdMissingShare: 0 } });
    const { entries } = await everyEntry(500);
    const fields = ['displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mail', 'mobilePhone'];
    const graph = tenant.persona('in-sync').graph;
    const users = (await (await fetch(`${graph}/v1.0/users?$top=999&$select=id,userPrincipalName,${fields.join(',')}`)).json()).value;
    const byId = new Map(entries.map((e) => [e.objectId, e]));
    const codes = (profile: unknown, user: unknown): string[] =>
      diagnose({ sharePointProfile: profile, graphUser: user, graphPhoto: null, fields, photoPresenceOnly: true }).findings
        .filter((f) => f.field).map((f) => `${f.code}:${f.field}`);
    let compared = 0;
    let differing = 0;
    for (const user of users.slice(0, 60)) {
      const entry = byId.get(user.id.toLowerCase());
      if (!entry) continue;
      expect(entry.userPrincipalName).toBe(user.userPrincipalName.toLowerCase());
      const claim = encodeURIComponent(`i:0#.f|membership|${user.userPrincipalName}`);
      const url = `${tenant.persona('in-sync').sp}/_api/SP.UserProfiles.PeopleManager/GetPropertiesFor(accountName=@v)?@v='${claim}'`;
      const profile = await (await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } })).json();
      const fromIndex = codes(entry.profile, user);
      expect(fromIndex).toEqual(codes(profile, user));
      if (fromIndex.length > 0) differing++;
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
    expect(differing).toBeGreaterThan(5);
  });
});
