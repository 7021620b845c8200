import { FailureKind, SourceError, SourceName } from '../../../sources';
import { failureText } from './failureText';

const KINDS: FailureKind[] = ['permission', 'throttled', 'unavailable', 'offline', 'bad-data', 'unknown'];
const SOURCES: SourceName[] = ['graph', 'sharePoint'];

describe('failureText', () => {
  it('gives each side and each kind of failure its own message', () => {
    const texts = SOURCES.flatMap((source) => KINDS.map((kind) => failureText(new SourceError(source, kind, 'odd answer', 500))));
    expect(new Set(texts).size).toBe(SOURCES.length * KINDS.length);
  });

  it('tells the user to ask IT to approve User.Read when Microsoft Graph refuses', () => {
    expect(failureText(new SourceError('graph', 'permission', 'Microsoft Graph answered 403', 403)))
      .toContain('Ask IT to approve the Microsoft Graph User.Read request in the SharePoint admin center, under API access.');
  });

  it('names the HTTP status of a service that is down, and quotes an answer that is not a profile', () => {
    expect(failureText(new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503', 503))).toContain('(HTTP 503)');
    expect(failureText(new SourceError('sharePoint', 'bad-data', 'an HTML page instead of JSON', 200))).toContain('Ask IT and tell them: an HTML page instead of JSON');
  });

  it('says how long to wait when throttled, and only then', () => {
    expect(failureText(new SourceError('graph', 'throttled', 'throttled', 429, 30))).toContain('The service asked us to wait 30 seconds.');
    expect(failureText(new SourceError('graph', 'unavailable', 'down', 503, 30))).not.toContain('wait 30 seconds');
  });
});
