import { ProfileDataError } from '../ProfileDataError';

/**
 * The message a reader refuses `raw` with. Fails the test when the reader accepts it, or throws
 * anything but a ProfileDataError (the type callers catch to tell bad data from a bug).
 */
export function refusalMessage<T>(read: (raw: unknown) => T, raw: unknown): string {
  try {
    read(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileDataError);
    return (error as Error).message;
  }
  throw new Error('expected a ProfileDataError');
}
