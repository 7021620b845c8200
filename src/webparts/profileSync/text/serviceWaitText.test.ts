import { serviceWaitText } from './serviceWaitText';

describe('serviceWaitText', () => {
  it('names the busy service and how long the page waits, in whole seconds', () => {
    expect(serviceWaitText({ source: 'sharePoint', seconds: 5 })).toBe('SharePoint is busy. Asking again in 5 seconds…');
    expect(serviceWaitText({ source: 'graph', seconds: 2.128 })).toBe('Microsoft 365 is busy. Asking again in 3 seconds…');
    expect(serviceWaitText({ source: 'graph', seconds: 0.2 })).toMatch(/Asking again in 1 seconds?/);
  });
});
