import { BrowserPendingPhotoSyncStore } from './pendingPhotoSyncStore';

const UPLOADED_AT = Date.parse('2026-11-25T09:00:00Z');
const PENDING = { microsoft365Etag: '"BA09D118"', uploadedAt: UPLOADED_AT };

/** A storage that refuses everything, as in a strict embedded frame. */
const refusing = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('SecurityError'); },
  removeItem: () => { throw new Error('SecurityError'); }
} as unknown as Storage;

/** A readable storage that is full: writes fail, reads work. */
function fullStorage(): Storage {
  return {
    getItem: (key: string) => window.localStorage.getItem(key),
    setItem: () => { throw new Error('QuotaExceededError'); },
    removeItem: (key: string) => window.localStorage.removeItem(key)
  } as unknown as Storage;
}

beforeEach(() => window.localStorage.clear());

describe('BrowserPendingPhotoSyncStore', () => {
  it('keeps a pending sync across page loads, per user', () => {
    new BrowserPendingPhotoSyncStore(window.localStorage, 'MeganB@contoso.com').write(PENDING);
    expect(new BrowserPendingPhotoSyncStore(window.localStorage, 'meganb@contoso.com').read()).toEqual(PENDING);
    expect(new BrowserPendingPhotoSyncStore(window.localStorage, 'alexw@contoso.com').read()).toBeUndefined();
  });

  it('forgets it when cleared, for the next page load too', () => {
    const store = new BrowserPendingPhotoSyncStore(window.localStorage, 'megan');
    store.write(PENDING);
    store.clear();
    expect(store.read()).toBeUndefined();
    expect(new BrowserPendingPhotoSyncStore(window.localStorage, 'megan').read()).toBeUndefined();
  });

  it('sees what another web part on the page wrote', () => {
    const first = new BrowserPendingPhotoSyncStore(window.localStorage, 'megan');
    expect(first.read()).toBeUndefined();
    new BrowserPendingPhotoSyncStore(window.localStorage, 'megan').write(PENDING);
    expect(first.read()).toEqual(PENDING);
  });

  it('where storage is refused, never throws and keeps the pending sync for the page\'s life', () => {
    const store = new BrowserPendingPhotoSyncStore(refusing, 'megan');
    expect(store.read()).toBeUndefined();
    expect(() => store.write(PENDING)).not.toThrow();
    expect(store.read()).toEqual(PENDING);
    expect(() => store.clear()).not.toThrow();
    expect(store.read()).toBeUndefined();
  });

  it('where storage is full, keeps the pending sync in memory instead of losing it', () => {
    const store = new BrowserPendingPhotoSyncStore(fullStorage(), 'megan');
    store.write(PENDING);
    expect(store.read()).toEqual(PENDING);
  });

  it('without storage at all, works for the page\'s life', () => {
    const store = new BrowserPendingPhotoSyncStore(undefined, 'megan');
    store.write(PENDING);
    expect(store.read()).toEqual(PENDING);
  });

  it.each([
    ['text that is not JSON', '{"microsoft365Etag":'],
    ['an empty etag', JSON.stringify({ microsoft365Etag: '', uploadedAt: UPLOADED_AT })],
    ['a time that is not a number', JSON.stringify({ microsoft365Etag: '"BA09D118"', uploadedAt: 'yesterday' })]
  ])('treats %s as no pending sync', (_, text) => {
    window.localStorage.setItem('profile-sync:pending-photo:megan', text);
    expect(new BrowserPendingPhotoSyncStore(window.localStorage, 'megan').read()).toBeUndefined();
  });
});
