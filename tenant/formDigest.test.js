'use strict';

const { createFormDigests, FORM_DIGEST_TIMEOUT_SECONDS } = require('./formDigest');

describe('form digests', () => {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const digests = createFormDigests({ now: () => now });

  test('look like SharePoint digests', () => {
    expect(digests.issue('in-sync')).toMatch(/^0x[0-9A-F]{128},25 Nov 2026 10:00:00 -0000$/);
  });

  test('are valid for their persona only, and not once tampered with', () => {
    const digest = digests.issue('in-sync');
    expect(digests.isValid('in-sync', digest)).toBe(true);
    expect(digests.isValid('property-drift', digest)).toBe(false);
    expect(digests.isValid('in-sync', digest.replace('0x', '0x0').slice(0, -1))).toBe(false);
    expect(digests.isValid('in-sync', undefined)).toBe(false);
  });

  test('expire after FormDigestTimeoutSeconds', () => {
    const digest = digests.issue('in-sync');
    now += FORM_DIGEST_TIMEOUT_SECONDS * 1000 + 1000;
    expect(digests.isValid('in-sync', digest)).toBe(false);
  });

  test('from another tenant (other secret) are refused', () => {
    expect(createFormDigests().isValid('in-sync', digests.issue('in-sync'))).toBe(false);
  });
});
