import { aGraphPhoto, aGraphUser } from '../profile/testing/graphBuilders';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { GraphDirectoryReader } from '../sources/organisation/GraphDirectoryReader';
import { GraphPhotoPresenceReader } from '../sources/organisation/GraphPhotoPresenceReader';
import { GRAPH_PACING, Pacer, SHAREPOINT_PACING } from '../sources/organisation/pacing';
import { graphAnswer } from '../sources/organisation/testing/immediatePacer';
import type { ISharePointProfilesReader, SharePointProfileAnswer } from '../sources/organisation/types';
import type { GraphFetch } from '../sources/types';
import { OrganisationScanner } from './OrganisationScanner';
import { ScanStore } from './scanStore';
import { memoryStorage } from './testing/fakeOrganisation';
import { ScanSettings } from './types';

const LATENCY_MS = 100;
const PEOPLE = 10000;
const SETTINGS: ScanSettings = { scope: { kind: 'everyone' }, includeGuests: false, includeDisabled: false, fields: ['displayName', 'jobTitle'] };

function later<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), LATENCY_MS));
}

/** Graph with 10,000 users, every answer LATENCY_MS late; counts what it is sent. */
function aSlowGraph(): { send: GraphFetch; pages: number; batches: number } {
  const users = Array.from({ length: PEOPLE }, (_, i) => aGraphUser({ id: `u${i}`, userPrincipalName: `p${i}@contoso.com` }));
  const graph = { pages: 0, batches: 0, send: undefined as unknown as GraphFetch };
  graph.send = (path, init) => {
    if (path === '/v1.0/$batch') {
      graph.batches++;
      const { requests } = JSON.parse(init!.body!) as { requests: Array<{ id: string }> };
      return later(graphAnswer(200, { responses: requests.map((r) => ({ id: r.id, status: 200, body: aGraphPhoto() })) }));
    }
    graph.pages++;
    const skip = Number((/skiptoken=(\d+)/.exec(path) || ['', '0'])[1]);
    const body: Record<string, unknown> = { value: users.slice(skip, skip + 999) };
    if (skip === 0) body['@odata.count'] = PEOPLE;
    if (skip + 999 < PEOPLE) body['@odata.nextLink'] = `https://graph.microsoft.com/v1.0/users?$top=999&$skiptoken=${skip + 999}`;
    return later(graphAnswer(200, body));
  };
  return graph;
}

describe('a scan of 10,000 people at 100 ms a request', () => {
  beforeEach(() => { jest.useFakeTimers(); });
  afterEach(() => { jest.useRealTimers(); });

  it('stays inside its share of each service\'s budget, which makes SharePoint\'s 10,000 profiles take about 20 minutes', async () => {
    const graph = aSlowGraph();
    const graphPacer = new Pacer('graph', GRAPH_PACING);
    const sharePointPacer = new Pacer('sharePoint', SHAREPOINT_PACING);
    const body = aSharePointProfile().inFlavour('minimal');
    let sharePointBatches = 0;
    const profiles: ISharePointProfilesReader = {
      read: (people) => sharePointPacer.run(people.length, () => {
        sharePointBatches++;
        const answers = new Map<string, SharePointProfileAnswer>();
        people.forEach((p) => answers.set(p.id, { ok: true, body }));
        return later(answers);
      })
    };
    const scanner = new OrganisationScanner({
      directory: new GraphDirectoryReader(graph.send, graphPacer),
      photos: new GraphPhotoPresenceReader(graph.send, graphPacer),
      profiles,
      graphPacer,
      sharePointPacer,
      store: new ScanStore(memoryStorage(), 'it@contoso.com', SETTINGS),
      details: () => Promise.reject(new Error('not opened'))
    }, SETTINGS);
    const started = Date.now();

    scanner.start('full');
    for (let second = 0; second < 40 * 60 && scanner.progress.status === 'scanning'; second++) await jest.advanceTimersByTimeAsync(1000);
    const tookMs = Date.now() - started;

    expect(scanner.progress).toMatchObject({ status: 'done', scanned: PEOPLE, counts: { 'in-sync': PEOPLE } });
    // 2,000 profiles per 5 minutes: four full windows of waiting, then the last 2,000.
    expect(tookMs).toBeGreaterThanOrEqual(4 * 5 * 60000);
    expect(tookMs).toBeLessThanOrEqual(21 * 60000);
    // Requests as the bench counts them: each page and each batch once.
    expect(graph.pages + graph.batches + sharePointBatches).toBe(11 + 500 + 100);
    expect(graphPacer.peakPerWindow).toBeLessThanOrEqual(GRAPH_PACING.maxPerWindow);
    expect(sharePointPacer.peakPerWindow).toBeLessThanOrEqual(SHAREPOINT_PACING.maxPerWindow);
    expect(scanner.progress.requests).toEqual({ graph: 11 + PEOPLE, sharePoint: PEOPLE, reusedPeople: 0 });
  });
});
