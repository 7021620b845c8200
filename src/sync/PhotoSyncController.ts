import { syncMyPhoto, PhotoSyncOptions } from './syncMyPhoto';
import { PhotoSyncOutcome, PhotoSyncSources, PhotoSyncState } from './types';

export type PhotoSyncStateListener = (state: PhotoSyncState) => void;

/**
 * Runs "Sync my photo" one at a time. Make one per web part and keep it for the page's life: a
 * second click, a re-render or a property-pane change then gets the sync already under way instead
 * of starting a second upload.
 */
export class PhotoSyncController {
  private _state: PhotoSyncState = { status: 'idle' };
  private _running: Promise<PhotoSyncOutcome> | undefined;
  private _listeners: PhotoSyncStateListener[] = [];

  public constructor(
    private readonly _sources: PhotoSyncSources,
    private readonly _options: Omit<PhotoSyncOptions, 'onStep'> = {}
  ) {}

  public get state(): PhotoSyncState {
    return this._state;
  }

  /** Starts a sync, or returns the one under way. Never rejects. */
  public start(): Promise<PhotoSyncOutcome> {
    if (!this._running) {
      // Deferred a tick so that `_running` is set before any listener hears of the sync: a
      // listener that calls start() gets this sync, not a second one.
      this._running = Promise.resolve()
        .then(() => syncMyPhoto(this._sources, { ...this._options, onStep: (step) => this._set({ status: 'running', step }) }))
        .then((outcome) => {
          this._running = undefined;
          this._set({ status: 'done', outcome });
          return outcome;
        });
    }
    return this._running;
  }

  /** Calls `listener` at once with the current state, then on every change; returns the unsubscribe. */
  public subscribe(listener: PhotoSyncStateListener): () => void {
    this._listeners = this._listeners.concat([listener]);
    this._tell(listener);
    return () => {
      this._listeners = this._listeners.filter((l) => l !== listener);
    };
  }

  private _set(state: PhotoSyncState): void {
    this._state = state;
    this._listeners.forEach((listener) => this._tell(listener));
  }

  private _tell(listener: PhotoSyncStateListener): void {
    try {
      listener(this._state);
    } catch {
      // One broken listener must not keep the others, or the sync, from going on.
    }
  }
}
