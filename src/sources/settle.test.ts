import { settle } from './settle';

describe('settle', () => {
  it('gives what the work returned', async () => {
    expect(await settle(() => Promise.resolve(42))).toEqual({ ok: true, value: 42 });
  });

  it('gives what the work rejected with, as it was, for the caller to interpret', async () => {
    const error = new Error('offline');
    const settled = await settle(() => Promise.reject(error));
    expect(settled).toEqual({ ok: false, error });
    expect(!settled.ok && settled.error).toBe(error);
  });

  it('catches a synchronous throw too (a reader refusing bad data), instead of rejecting', async () => {
    const error = new TypeError('not a profile');
    await expect(settle(() => { throw error; })).resolves.toEqual({ ok: false, error });
  });
});
