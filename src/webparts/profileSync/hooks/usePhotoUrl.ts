import * as React from 'react';

/** An object URL for photo bytes we fetched ourselves, released when no longer shown. */
export function usePhotoUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    if (!blob) { setUrl(undefined); return undefined; }
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url;
}
