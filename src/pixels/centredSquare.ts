import { PixelRegion } from './types';

/**
 * The largest square in the middle of a width x height picture, in whole pixels.
 *
 * Why photos are compared on it: the two services frame a non-square photo differently.
 * - Microsoft Graph serves a user's photo in square sizes only (48x48 … 648x648, "HD photo" sizes:
 *   learn.microsoft.com/graph/api/profilephoto-get); Exchange crops a non-square upload to a square
 *   (tahoeninjas.blog/2015/04/10/uploading-high-resolution-user-profile-pictures-in-office-365).
 * - SharePoint makes its S/M/L renditions by resizing, keeping the aspect ratio, never cropping
 *   (blogs.msdn.com/b/spsocial/archive/2011/01/07/photo-management-in-sharepoint-2010.aspx; our fake
 *   tenant does the same, tenant/renditions.js), so an uploaded portrait stays a portrait there.
 * Only the centred square is in both, and a head framed for a round avatar sits in it.
 */
export function centredSquare(width: number, height: number): PixelRegion {
  const side = Math.min(width, height);
  return { left: Math.floor((width - side) / 2), top: Math.floor((height - side) / 2), width: side, height: side };
}
