/** Makes a photo smaller (re-encoded as JPEG) so that it fits a size limit. */
export interface IPhotoShrinker {
  /** A JPEG of at most `maxBytes` bytes showing the same picture; rejects when none fits. */
  shrinkToFit(photo: Blob, maxBytes: number): Promise<Blob>;
}
