import { GraphProfileSource } from '../graph/GraphProfileSource';
import { aGraphPhoto, aGraphUser } from '../../profile/testing/graphBuilders';
import { graphFetchForUser } from './graphFetchForUser';
import { graphAnswer } from './testing/immediatePacer';

describe('graphFetchForUser', () => {
  it('makes the "My profile" Graph requests for the person opened: /users/{id} in the path and in each $batch item', async () => {
    const sent: Array<{ path: string; body?: string }> = [];
    const send = jest.fn((path: string, init?: { body?: string }) => {
      sent.push({ path, body: init && init.body });
      return Promise.resolve(graphAnswer(200, {
        responses: [{ id: 'me', status: 200, body: aGraphUser() }, { id: 'photo', status: 200, body: aGraphPhoto() }]
      }));
    });
    const source = new GraphProfileSource(graphFetchForUser(send, 'a1b2/c3'));

    await source.getProfile(['jobTitle']);

    expect(sent[0].path).toBe('/v1.0/$batch');
    expect(JSON.parse(sent[0].body as string).requests.map((r: { url: string }) => r.url)).toEqual([
      '/users/a1b2%2Fc3?$select=id,userPrincipalName,jobTitle', '/users/a1b2%2Fc3/photo'
    ]);
  });

  it('retargets single requests too, and leaves other paths alone', async () => {
    const send = jest.fn().mockResolvedValue(graphAnswer(200, {}));
    const forUser = graphFetchForUser(send, 'u-1');

    await forUser('/v1.0/me/photos/96x96/$value');
    await forUser('/v1.0/meetings');

    expect(send.mock.calls.map((call) => call[0])).toEqual(['/v1.0/users/u-1/photos/96x96/$value', '/v1.0/meetings']);
  });
});
