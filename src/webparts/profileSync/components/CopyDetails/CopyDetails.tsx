import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { ProfileCheck } from '../../../../check';
import { helpdeskReport } from '../../../../report';
import type { IPhotoSync } from '../../../../sync';
import { reportWords } from '../../text/reportWords';
import { ActionButton } from '../ActionButton';
import { getClassNames } from './CopyDetails.styles';

export interface ICopyDetailsProps {
  check: ProfileCheck;
  version: string;
  locale: string;
  theme: ITheme;
  /** The page's photo sync: its last attempt and outcome go into the report. */
  photoSync?: IPhotoSync;
  /** Origins besides https that addresses in the report may have (the local fake tenant's own). */
  allowedOrigins?: readonly string[];
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not a secure context): the text is shown to copy by hand.
  }
  return false;
}

/** "Copy details": a short plain-text report for a helpdesk ticket, without tokens or photo bytes. */
export function CopyDetails(props: ICopyDetailsProps): JSX.Element {
  const [state, setState] = React.useState<CopyState>({ kind: 'idle' });
  const classNames = getClassNames(props.theme);
  const fallback = React.useRef<HTMLTextAreaElement>(null);
  // When the text is shown to copy by hand, focus goes to it (and selects it): the next step is Ctrl+C.
  React.useEffect(() => {
    if (state.kind === 'failed' && fallback.current) fallback.current.focus();
  }, [state.kind]);
  const copy = (): void => {
    const text = helpdeskReport(props.check, {
      version: props.version, locale: props.locale, now: new Date(), pageUrl: window.location.href, words: reportWords(),
      // Read when the button is pressed: the report tells the sync as it stands then.
      photoSync: props.photoSync ? props.photoSync.state : undefined, allowedOrigins: props.allowedOrigins
    });
    copyText(text).then((copied) => setState(copied ? { kind: 'copied' } : { kind: 'failed', text }), () => setState({ kind: 'failed', text }));
  };
  return (
    <div className={classNames.copyDetails}>
      <ActionButton action="copy-details" theme={props.theme} onClick={copy}>{strings.CopyDetails}</ActionButton>
      <div aria-live="polite">
        {state.kind === 'copied' && <span data-copy="done">{strings.CopyDetailsDone}</span>}
        {state.kind === 'failed' && <span data-copy="failed">{strings.CopyDetailsFailed}</span>}
      </div>
      {state.kind === 'failed' && (
        <textarea ref={fallback} readOnly={true} value={state.text} aria-label={strings.CopyDetailsTextLabel} className={classNames.copyText}
          onFocus={(event) => event.target.select()} />
      )}
    </div>
  );
}
