import { browserStorage } from './browserStorage';

describe('the page\'s storage', () => {
  it('is the browser\'s localStorage where the page may use it', () => {
    expect(browserStorage()).toBe(window.localStorage);
  });

  it('is none where merely reading localStorage throws (a frame with storage blocked)', () => {
    expect(browserStorage(() => { throw new DOMException('Access is denied for this document.', 'SecurityError'); })).toBeUndefined();
  });

  it('is none where the browser has storage switched off', () => {
    expect(browserStorage(() => null)).toBeUndefined();
  });
});
