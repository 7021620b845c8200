// Builds Microsoft Graph bodies as docs/DOMAIN.md, "Microsoft Graph shapes" describes them.
// The default user matches aSharePointProfile().

/** Field values override the default user's; undefined leaves a field out. */
export function aGraphUser(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const user: Record<string, unknown> = {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    businessPhones: ['+1 425 555 0109'],
    displayName: 'Megan Bowen',
    givenName: 'Megan',
    jobTitle: 'Marketing Manager',
    mail: 'MeganB@contoso.onmicrosoft.com',
    mobilePhone: null,
    officeLocation: '131/1104',
    preferredLanguage: 'en-US',
    surname: 'Bowen',
    userPrincipalName: 'MeganB@contoso.onmicrosoft.com',
    id: '48d31887-5fad-4d73-a9f5-3c356e68a038',
    // Only there with $select=department, which our adapter asks for.
    department: 'Marketing'
  };
  return withoutUndefined({ ...user, ...fields });
}

/** GET /me/photo metadata of a real photo. */
export function aGraphPhoto(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return withoutUndefined({
    '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('48d31887')/photo/$entity",
    '@odata.mediaContentType': 'image/jpeg',
    '@odata.mediaEtag': '"BA09D118"',
    id: '648x648',
    width: 648,
    height: 648,
    ...fields
  });
}

/** What some tenants answer for a user with no photo instead of a 404. */
export function aGraphPlaceholderPhoto(): Record<string, unknown> {
  return aGraphPhoto({ '@odata.mediaContentType': 'image/gif', '@odata.mediaEtag': '', id: '1x1', width: 1, height: 1 });
}

/** A Graph error body, e.g. the 404 of /me/photo (code ErrorEntityNotFound). */
export function aGraphError(code: string, message = 'The operation failed.'): Record<string, unknown> {
  return {
    error: {
      code,
      message,
      innerError: {
        date: '2024-05-02T09:41:12',
        'request-id': 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11',
        'client-request-id': 'f4b0e6a2-1b3c-4c1e-9d8e-6b2f3a9c0d11'
      }
    }
  };
}

export function aPhotoNotFoundError(code = 'ErrorEntityNotFound'): Record<string, unknown> {
  return aGraphError(code, "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  Object.keys(record).forEach((key) => {
    if (record[key] !== undefined) result[key] = record[key];
  });
  return result;
}

/**
 * The 404 of /me/photo for a mailbox Exchange Online does not host (on premises, inactive): Graph
 * cannot tell whether there is a photo (microsoftgraph/microsoft-graph-docs issue 15688).
 */
export function aMailboxNotEnabledError(): Record<string, unknown> {
  return aGraphError('MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
}
