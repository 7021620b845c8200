import type { IPendingPhotoSyncStore, PendingPhotoSync } from './types';

const KEY_PREFIX = 'profile-sync:pending-photo:';

function isPending(value: unknown): value is PendingPhotoSync {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.microsoft365Etag === 'string' && record.microsoft365Etag !== '' &&
    typeof record.uploadedAt === 'number' && isFinite(record.uploadedAt);
}

/**
 * The pending photo sync of one user, in localStorage so it survives reloads. Kept in memory as
 * well: where storage is refused (strict embedded frames) or full, it lasts for the page's life and
 * the page works as before. Small and free of heavy imports: the first bundle loads it.
 */
export class BrowserPendingPhotoSyncStore implements IPendingPhotoSyncStore {
  private readonly _key: string;
  private _memory: PendingPhotoSync | undefined;
  /** Set when storage refused our last write (full): then memory knows better than storage. */
  private _storageBehind = false;

  public constructor(private readonly _storage: Storage | undefined, user: string) {
    this._key = KEY_PREFIX + user.toLowerCase();
  }

  /** Storage first, each time: another web part on the page, or another tab, may have written it. */
  public read(): PendingPhotoSync | undefined {
    const stored = this._fromStorage();
    if (stored !== 'unreadable' && !this._storageBehind) this._memory = stored;
    return this._memory;
  }

  public write(pending: PendingPhotoSync): void {
    this._memory = { microsoft365Etag: pending.microsoft365Etag, uploadedAt: pending.uploadedAt };
    this._storageBehind = !this._quietly((storage) => storage.setItem(this._key, JSON.stringify(this._memory)));
  }

  public clear(): void {
    this._memory = undefined;
    this._storageBehind = !this._quietly((storage) => storage.removeItem(this._key));
  }

  private _fromStorage(): PendingPhotoSync | undefined | 'unreadable' {
    if (!this._storage) return 'unreadable';
    let text: string | null;
    try {
      text = this._storage.getItem(this._key);
    } catch {
      return 'unreadable';
    }
    if (text === null) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      // Damaged: no pending sync. The worst that follows is the normal findings and button.
      return isPending(value) ? { microsoft365Etag: value.microsoft365Etag, uploadedAt: value.uploadedAt } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether storage took the change. */
  private _quietly(work: (storage: Storage) => void): boolean {
    if (!this._storage) return false;
    try {
      work(this._storage);
      return true;
    } catch {
      // Refused (SecurityError) or full (QuotaExceededError): memory alone keeps it.
      return false;
    }
  }
}
