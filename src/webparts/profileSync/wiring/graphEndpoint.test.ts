import { graphEndpointOf, WORLDWIDE_GRAPH } from './graphEndpoint';

describe('the Graph root for the tenant\'s cloud', () => {
  it.each([
    ['GCC High', 'https://graph.microsoft.us'],
    ['DoD', 'https://dod-graph.microsoft.us'],
    ['China (21Vianet)', 'https://microsoftgraph.chinacloudapi.cn'],
    ['worldwide', 'https://graph.microsoft.com']
  ])('asks Graph where the page says it is (%s)', (_cloud, endpoint) => {
    expect(graphEndpointOf({ msGraphEndpointUrl: endpoint })).toBe(endpoint);
  });

  it('drops a trailing slash, so paths join to one URL', () => {
    expect(graphEndpointOf({ msGraphEndpointUrl: 'https://graph.microsoft.us/' })).toBe('https://graph.microsoft.us');
  });

  it.each([
    ['no page context', undefined],
    ['no Graph named', {}],
    ['SharePoint Server\'s empty value', { msGraphEndpointUrl: 'https://' }],
    ['not a URL', { msGraphEndpointUrl: 'graph' }],
    ['plain http on the internet', { msGraphEndpointUrl: 'http://graph.microsoft.us' }],
    ['a script URL', { msGraphEndpointUrl: 'javascript:alert(1)' }]
  ])('uses the worldwide Graph when the page names none it can use (%s)', (_case, context) => {
    expect(graphEndpointOf(context)).toBe(WORLDWIDE_GRAPH);
  });

  it('accepts plain http only on this machine, where the fake tenant runs', () => {
    expect(graphEndpointOf({ msGraphEndpointUrl: 'http://127.0.0.1:4321/u/in-sync/graph' })).toBe('http://127.0.0.1:4321/u/in-sync/graph');
  });
});
