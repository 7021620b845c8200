import { IPhotoShrinker } from '../IPhotoShrinker';

export interface FakeShrinker extends IPhotoShrinker {
  /** Every call's maxBytes, in order. */
  calls: number[];
}

/** A shrinker that answers with what `shrink` makes of the photo, or rejects when that throws. */
export function fakeShrinker(shrink: (photo: Blob, maxBytes: number) => Blob = () => { throw new Error('No shrinking expected'); }): FakeShrinker {
  const calls: number[] = [];
  return {
    calls,
    shrinkToFit: (photo, maxBytes) => {
      calls.push(maxBytes);
      try {
        return Promise.resolve(shrink(photo, maxBytes));
      } catch (error) {
        return Promise.reject(error);
      }
    }
  };
}
