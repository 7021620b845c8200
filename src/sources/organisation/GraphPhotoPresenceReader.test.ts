import { aGraphError, aGraphPhoto, aMailboxNotEnabledError, aPhotoNotFoundError } from '../../profile/testing/graphBuilders';
import { GraphPhotoPresenceReader, PHOTO_BATCH_SIZE } from './GraphPhotoPresenceReader';
import { graphAnswer, immediatePacer } from './testing/immediatePacer';

interface SentBatch { requests: Array<{ id: string; method: string; url: string }> }

const ids = Array.from({ length: PHOTO_BATCH_SIZE }, (_, i) => `user-${i + 1}`);

/** Graph answering each photo request as `item` says, in reverse order (Graph does not keep the order). */
function aGraph(item: (userId: string, round: number) => { status: number; body?: unknown; headers?: Record<string, string> }):
  { send: jest.Mock; batches: SentBatch[] } {
  const batches: SentBatch[] = [];
  const send = jest.fn((_path: string, init: { body: string }) => {
    const batch = JSON.parse(init.body) as SentBatch;
    batches.push(batch);
    const responses = batch.requests.map((request) => ({ id: request.id, ...item(request.url.split('/')[2], batches.length) })).reverse();
    return Promise.resolve(graphAnswer(200, { responses }));
  });
  return { send, batches };
}

describe('GraphPhotoPresenceReader', () => {
  it('asks for 20 users\' photo metadata in one $batch and matches the answers by id, whatever their order', async () => {
    const graph = aGraph((userId) => (userId === 'user-2' ? { status: 404, body: aPhotoNotFoundError('ImageNotFound') } : { status: 200, body: aGraphPhoto() }));

    const answers = await new GraphPhotoPresenceReader(graph.send, immediatePacer()).read(ids);

    expect(graph.batches).toHaveLength(1);
    expect(graph.batches[0].requests[0]).toEqual({ id: '1', method: 'GET', url: '/users/user-1/photo' });
    expect(graph.send.mock.calls[0][0]).toBe('/v1.0/$batch');
    expect(answers.size).toBe(20);
    expect(answers.get('user-1')).toEqual({ ok: true, body: aGraphPhoto() });
    expect(answers.get('user-2')).toEqual({ ok: true, body: aPhotoNotFoundError('ImageNotFound') });
  });

  it('sends a throttled item again after its own Retry-After (fractional, as Graph writes it), alone', async () => {
    const graph = aGraph((userId, round) => (userId === 'user-3' && round === 1
      ? { status: 429, body: aGraphError('TooManyRequests'), headers: { 'Retry-After': '2.128' } }
      : { status: 200, body: aGraphPhoto() }));
    const pacer = immediatePacer();

    const answers = await new GraphPhotoPresenceReader(graph.send, pacer).read(ids);

    expect(pacer.waits).toEqual([2.128]);
    expect(graph.batches.map((b) => b.requests.map((r) => r.url))).toEqual([ids.map((id) => `/users/${id}/photo`), ['/users/user-3/photo']]);
    expect(answers.get('user-3')).toEqual({ ok: true, body: aGraphPhoto() });
  });

  it('keeps a 404 that does not mean "no photo" for the core to read, and turns other failures into that person\'s failure', async () => {
    const graph = aGraph((userId) => (userId === 'user-1' ? { status: 404, body: aMailboxNotEnabledError() }
      : userId === 'user-2' ? { status: 500, body: aGraphError('generalException') } : { status: 200, body: aGraphPhoto() }));

    const answers = await new GraphPhotoPresenceReader(graph.send, immediatePacer()).read(ids);

    expect(answers.get('user-1')).toEqual({ ok: true, body: aMailboxNotEnabledError() });
    expect(answers.get('user-2')).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 500, details: { code: 'generalException' } } });
  });

  it('gives up on an item Graph keeps throttling, as throttled', async () => {
    const graph = aGraph(() => ({ status: 429, headers: { 'Retry-After': '1' } }));

    const answers = await new GraphPhotoPresenceReader(graph.send, immediatePacer()).read(['user-1']);

    expect(graph.batches).toHaveLength(20);
    expect(answers.get('user-1')).toMatchObject({ ok: false, error: { kind: 'throttled' } });
  });
});
