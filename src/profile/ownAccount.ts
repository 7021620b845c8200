import { SharePointProfile } from './types';

/** The account name userphoto.aspx knows the user by: e-mail, else UPN, else the claims name. */
export function ownAccount(profile: SharePointProfile): string {
  return profile.email || profile.userPrincipalName || profile.accountName;
}
