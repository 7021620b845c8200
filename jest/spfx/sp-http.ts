// Stand-in for @microsoft/sp-http in jest: an AadHttpClient that fetches with the page's fetch (no
// token), for the resource it was made for. The test's context hands these out (webPartContext.ts).

export class AadHttpClientConfiguration {}

export class AadHttpClient {
  public static readonly configurations = { v1: new AadHttpClientConfiguration() };

  public constructor(public readonly resourceEndpoint: string) {}

  public fetch(url: string, _configuration: AadHttpClientConfiguration, init: RequestInit): Promise<Response> {
    // Tests never reach the internet: a real Graph is as unreachable as it is without a token.
    if (!/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) return Promise.reject(new TypeError(`Failed to fetch (tests stay on this machine): ${url}`));
    return fetch(url, init);
  }
}
