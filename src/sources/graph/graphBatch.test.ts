import { SourceError } from '../SourceError';
import { answerFor, batchFailure, readBatchAnswers } from './graphBatch';

describe('batchFailure', () => {
  it('keeps how long a throttled inner request was asked to wait, so the page can say it', () => {
    const error = batchFailure({ id: 'me', status: 429, headers: { 'Retry-After': '7' } }, '/me');
    expect([error.kind, error.status, error.retryAfterSeconds]).toEqual(['throttled', 429, 7]);
  });

  it('reads the header whichever case Graph wrote its name in, fractions included', () => {
    expect(batchFailure({ id: 'me', status: 429, headers: { 'retry-after': '2.128' } }, '/me').retryAfterSeconds).toBe(2.128);
  });

  it('does not report a negative or unreadable wait', () => {
    expect(batchFailure({ id: 'me', status: 429, headers: { 'Retry-After': '-5' } }, '/me').retryAfterSeconds).toBeUndefined();
    expect(batchFailure({ id: 'me', status: 429, headers: { 'Retry-After': 'later' } }, '/me').retryAfterSeconds).toBeUndefined();
    expect(batchFailure({ id: 'me', status: 503 }, '/me').retryAfterSeconds).toBeUndefined();
  });

  it('names the failing request and what kind of failure it is', () => {
    const error = batchFailure({ id: 'photo', status: 403 }, '/me/photo');
    expect(error).toBeInstanceOf(SourceError);
    expect([error.source, error.kind, error.message]).toEqual(['graph', 'permission', 'Microsoft Graph answered 403 to /me/photo (in $batch)']);
  });
});

describe('reading a $batch answer', () => {
  it('refuses an answer without a responses list as bad data', () => {
    expect(() => readBatchAnswers({ error: { code: 'BadRequest' } })).toThrow(expect.objectContaining({ kind: 'bad-data' }));
  });

  it('refuses an answer that lacks a request it was asked', () => {
    const answers = readBatchAnswers({ responses: [{ id: 'me', status: 200, body: {} }] });
    expect(answerFor(answers, 'me').status).toBe(200);
    expect(() => answerFor(answers, 'photo')).toThrow(expect.objectContaining({ kind: 'bad-data' }));
  });
});
