import { serviceWaitText } from './serviceWaitText';

describe('serviceWaitText', () => {
  it('names the busy service and how long the page waits, in whole seconds', () => {
    expect(serviceWaitText({ source: 'sharePoint', seconds: 5 })).toBe('SharePoint is busy. Waiting 5 seconds before asking again…');
    expect(serviceWaitText({ source: 'graph', seconds: 2.128 })).toBe('Microsoft 365 is busy. Waiting 3 seconds before asking again…');
    expect(serviceWaitText({ source: 'graph', seconds: 0.2 })).toMatch(/Waiting 1 seconds?/);
  });
});
