'use strict';
// jsdom has no fetch. Tests that run the real sources against the fake tenant get Node's own fetch,
// with Blob bodies made in the page's realm (FileReader and the page's code accept only those).
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // Node's builds of packages, as the tenant's and tools' tests load them (jimp has no CommonJS browser build).
    this.customExportConditions = ['node', 'require', 'default'];
    const page = this.global;
    page.fetch = async (input, init) => {
      const response = await fetch(input, init);
      Object.defineProperty(response, 'blob', {
        value: async () => new page.Blob([new page.Uint8Array(await response.arrayBuffer())], { type: response.headers.get('content-type') || '' })
      });
      return response;
    };
    page.Headers = Headers;
    page.Request = Request;
    page.Response = Response;
  }
}

module.exports = JsdomWithFetch;
