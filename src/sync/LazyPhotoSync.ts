import type { IPhotoSync, PhotoSyncOutcome, PhotoSyncSources, PhotoSyncState } from './types';
import type { PhotoSyncController } from './PhotoSyncController';

/**
 * A photo sync whose code loads only when someone presses the button: the page shows its verdict
 * without it. Same one-at-a-time guarantee as PhotoSyncController, which it creates on first use.
 */
export class LazyPhotoSync implements IPhotoSync {
  private _controller: Promise<PhotoSyncController> | undefined;
  private _state: PhotoSyncState = { status: 'idle' };
  private _listeners: Array<(state: PhotoSyncState) => void> = [];

  public constructor(private readonly _sources: Omit<PhotoSyncSources, 'shrinker'>) {}

  public get state(): PhotoSyncState {
    return this._state;
  }

  public start(): Promise<PhotoSyncOutcome> {
    if (!this._controller) {
      this._set({ status: 'running', step: 'reading' });
      this._controller = import(/* webpackChunkName: 'profile-sync-photo-sync' */ './index').then((sync) => {
        const controller = new sync.PhotoSyncController({ ...this._sources, shrinker: new sync.CanvasPhotoShrinker() });
        controller.subscribe((state) => this._set(state));
        return controller;
      });
    }
    return this._controller.then((controller) => controller.start(), (): PhotoSyncOutcome => {
      // The script could not load (offline): nothing was sent.
      this._controller = undefined;
      const outcome: PhotoSyncOutcome = { kind: 'failed', reason: 'offline', uploadAttempted: false, finishedAt: Date.now() };
      this._set({ status: 'done', outcome });
      return outcome;
    });
  }

  public subscribe(listener: (state: PhotoSyncState) => void): () => void {
    this._listeners = this._listeners.concat([listener]);
    listener(this._state);
    return () => { this._listeners = this._listeners.filter((l) => l !== listener); };
  }

  private _set(state: PhotoSyncState): void {
    this._state = state;
    this._listeners.forEach((listener) => listener(state));
  }
}
