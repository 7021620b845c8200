import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { getTheme, ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { IOrganisationScanner, ScannedPerson, ScanProgress, ScanStatus } from '../../../../organisation';
import { useOrganisationScan } from '../../hooks/useOrganisationScan';
import { fillTemplate } from '../../text/fillTemplate';
import { formatDate } from '../../text/formatDate';
import { provenanceCounts, thoroughEstimateMs } from '../../../../organisation/provenance';
import { COUNT_KEYS, durationText, scanFailureText } from '../../text/organisationText';
import { ActionButton } from '../ActionButton';
import { OrganisationExport } from '../OrganisationExport';
import { OrganisationPersonDetails } from '../OrganisationPersonDetails';
import { OrganisationProgress } from '../OrganisationProgress';
import { OrganisationSummary } from '../OrganisationSummary';
import { OrganisationTable } from '../OrganisationTable';
import { StatusBanner } from '../StatusBanner';
import { getClassNames } from './OrganisationView.styles';

export interface IOrganisationViewProps {
  scanner: IOrganisationScanner;
  /** The page's language, for dates and numbers (e.g. "nb-NO"). */
  locale: string;
  /** Origins besides https: that may serve photos (the local fake tenant). */
  allowedOrigins: readonly string[];
  title?: string;
  theme?: ITheme;
  /** In a Teams tab the tab already shows the title: the heading stays for screen readers only. */
  inTeams?: boolean;
  /** How often progress is read out at most; tests shorten it. */
  announceEveryMs?: number;
}

/** The contract's hooks: `data-count-<code>` for every count key once a scan is done, 0 included. */
function countAttributes(progress: ScanProgress): Record<string, number> {
  const attributes: Record<string, number> = {};
  if (progress.status !== 'done') return attributes;
  COUNT_KEYS.forEach((key) => { attributes[`data-count-${key}`] = progress.counts[key] || 0; });
  return attributes;
}

// Where focus goes when the pressed button is gone after a change of status, so it never falls to the page.
const FOCUS_AFTER: Record<ScanStatus, string> = {
  idle: '[data-action="start-scan"]',
  scanning: '[data-action="cancel-scan"]',
  cancelled: '[data-action="resume-scan"]',
  done: '[data-summary] h3',
  error: '[data-scan-error]'
};

/** Hooks for a quick check: which check, and how many suspects are confirmed and still waiting. */
function checkAttributes(progress: ScanProgress): Record<string, string | number> {
  const attributes: Record<string, string | number> = {};
  if (progress.check) attributes['data-check'] = progress.check;
  if (progress.confirmation) {
    attributes['data-confirmed'] = progress.confirmation.confirmed;
    attributes['data-confirming'] = progress.confirmation.waiting;
  }
  if (progress.indexFailure) attributes['data-index-failure'] = progress.indexFailure.kind;
  return attributes;
}

// With nobody counted yet, the thorough check's estimate is told for an organisation of this size.
const EXAMPLE_SIZE = 10000;

/** The people's count in the page's language. */
function number(n: number | undefined, locale: string): string {
  return (n || 0).toLocaleString(locale);
}

/**
 * The organisation view: a summary of people per finding, the scan's progress and buttons, everyone
 * in a searchable table, one person's details on demand, and the CSV export.
 */
export default function OrganisationView(props: IOrganisationViewProps): JSX.Element {
  const { scanner, locale } = props;
  const theme = props.theme || getTheme();
  const classNames = getClassNames(theme);
  const { progress, people } = useOrganisationScan(scanner);
  const [titleId] = React.useState(() => getId('organisation-title'));
  const [opened, setOpened] = React.useState<ScannedPerson | undefined>(undefined);
  const rootRef = React.useRef<HTMLElement>(null);
  const summaryRef = React.useRef<HTMLHeadingElement>(null);
  const hadFocus = React.useRef(false);
  const returnFocusTo = React.useRef<string | undefined>(undefined);
  const { status } = progress;

  // A scan that was running when the page went away goes on by itself; a cancelled one waits for "Resume".
  React.useEffect(() => {
    if (scanner.progress.restored && scanner.progress.resumable && scanner.progress.status === 'idle') scanner.start('resume');
  }, [scanner]);

  React.useLayoutEffect(() => {
    const root = rootRef.current;
    const active = document.activeElement;
    if (!root || !hadFocus.current || (active && active !== document.body && root.contains(active))) return;
    const target = root.querySelector<HTMLElement>(FOCUS_AFTER[status]);
    if (target) target.focus();
  }, [status]);

  // A layout effect: focus moves in the same task as the details close, never a frame on the page.
  React.useLayoutEffect(() => {
    const root = rootRef.current;
    const id = returnFocusTo.current;
    if (opened || !root || id === undefined) return;
    returnFocusTo.current = undefined;
    // Matched by attribute value, not a selector built from the id.
    const buttonOf = (): HTMLElement | null => {
      const row = Array.prototype.filter.call(root.querySelectorAll('[data-person]'), (e: Element) => e.getAttribute('data-person') === id)[0] as Element | undefined;
      return row ? row.querySelector<HTMLElement>('[data-action="open-person"]') : null;
    };
    const button = buttonOf();
    if (button) {
      button.focus();
      return;
    }
    // The virtualised list may draw that row a few frames later (it measures again once the details
    // are gone): the table's heading holds focus meanwhile, then the row's button takes it.
    const fallback = root.querySelector<HTMLElement>('[data-people] h3');
    if (fallback) fallback.focus();
    const waiting = { frames: 30, handle: 0 };
    const retry = (): void => {
      const found = buttonOf();
      if (found && document.activeElement === fallback) found.focus();
      else if (!found && --waiting.frames > 0) waiting.handle = requestAnimationFrame(retry);
    };
    waiting.handle = requestAnimationFrame(retry);
    return () => cancelAnimationFrame(waiting.handle);
  }, [opened]);

  const open = React.useCallback((person: ScannedPerson) => setOpened(person), []);
  const close = (): void => {
    returnFocusTo.current = opened ? opened.id : undefined;
    setOpened(undefined);
  };
  const load = React.useCallback((person: ScannedPerson) => scanner.details(person), [scanner]);
  const notRead = React.useMemo(() => people.filter((person) => !!person.unread).length, [people]);
  const sources = React.useMemo(() => provenanceCounts(people), [people]);
  const prioritise = React.useCallback((ids: readonly string[]) => { if (scanner.prioritise) scanner.prioritise(ids); }, [scanner]);
  const known = people.length || progress.total || 0;
  const thoroughNote = fillTemplate(orgStrings.OrgThoroughNote, number(known || EXAMPLE_SIZE, locale), durationText(thoroughEstimateMs(known || EXAMPLE_SIZE)));
  const offersThorough = scanner.hasQuickCheck !== false && status !== 'scanning';
  const indexFailure = progress.indexFailure;
  const hasResult = people.length > 0;

  return (
    <section ref={rootRef} className={classNames.root} aria-labelledby={titleId} aria-busy={status === 'scanning'}
      data-profile-sync-organisation="" data-status={status} data-scanned={progress.scanned}
      data-total={progress.total === undefined ? undefined : progress.total} {...countAttributes(progress)} {...checkAttributes(progress)}
      onFocus={() => { hadFocus.current = true; }}
      onBlur={(event) => { if (event.relatedTarget && rootRef.current && !rootRef.current.contains(event.relatedTarget as Node)) hadFocus.current = false; }}>
      <h2 id={titleId} className={props.inTeams ? classNames.titleHidden : classNames.title}>{props.title || orgStrings.OrgTitle}</h2>
      <p className={classNames.intro}>{orgStrings.OrgIntro}</p>

      <div aria-live="polite">
        {status === 'idle' && !hasResult && <p className={classNames.note} data-note="not-started">{orgStrings.OrgNotStarted}</p>}
        {status === 'idle' && !hasResult && scanner.hasQuickCheck !== false && <p className={classNames.note} data-note="quick">{orgStrings.OrgStartNote}</p>}
        {indexFailure && (status === 'scanning' || status === 'done') && (
          <p className={classNames.note} data-note="index-failed">
            {fillTemplate(orgStrings.OrgIndexFailed, indexFailure.status !== undefined ? `HTTP ${indexFailure.status}` : indexFailure.message)}
          </p>
        )}
        {status === 'cancelled' && (
          <p className={classNames.note} data-note="cancelled">{fillTemplate(orgStrings.OrgCancelled, number(progress.scanned, locale), number(progress.total, locale))}</p>
        )}
        {status === 'done' && progress.finishedAt && (
          <p className={classNames.note} data-note="finished">
            {progress.restored ? null : `${fillTemplate(orgStrings.OrgDone, number(progress.scanned, locale))} `}
            {fillTemplate(orgStrings.OrgLastScan, formatDate(new Date(progress.finishedAt), locale))}
          </p>
        )}
        {status === 'error' && progress.failure && (
          <div data-scan-error={progress.failure.kind} data-source={progress.failure.source} tabIndex={-1}>
            <StatusBanner kind="error" theme={theme}>
              <strong>{orgStrings.OrgErrorHeading}</strong>
              <p>{scanFailureText(progress.failure)}</p>
            </StatusBanner>
          </div>
        )}
      </div>

      {status === 'scanning' && <OrganisationProgress progress={progress} locale={locale} theme={theme} announceEveryMs={props.announceEveryMs} />}

      <div className={classNames.actions}>
        {status === 'scanning' && <ActionButton action="cancel-scan" onClick={() => scanner.cancel()} theme={theme}>{orgStrings.OrgCancel}</ActionButton>}
        {status !== 'scanning' && progress.resumable && (
          <ActionButton primary={true} action="resume-scan" onClick={() => scanner.start('resume')} theme={theme}>{orgStrings.OrgResume}</ActionButton>
        )}
        {(status === 'idle' || status === 'error') && !progress.resumable && (
          <ActionButton primary={true} action="start-scan" onClick={() => scanner.start('full')} theme={theme}>
            {status === 'error' ? orgStrings.OrgTryAgain : orgStrings.OrgStart}
          </ActionButton>
        )}
        {status === 'done' && <ActionButton action="rescan" onClick={() => scanner.start('rescan')} theme={theme}>{orgStrings.OrgRescan}</ActionButton>}
        {offersThorough && (
          <ActionButton action="thorough-scan" onClick={() => scanner.start('full', 'thorough')} theme={theme}>{orgStrings.OrgThorough}</ActionButton>
        )}
        {hasResult && <OrganisationExport people={people} theme={theme} />}
      </div>
      {status === 'done' && <p className={classNames.note}>{orgStrings.OrgRescanNote}</p>}
      {offersThorough && <p className={classNames.note} data-note="thorough">{thoroughNote}</p>}

      {hasResult && <OrganisationSummary ref={summaryRef} counts={progress.counts} scanned={progress.scanned} notRead={notRead} sources={sources} locale={locale} theme={theme} />}
      {opened && <OrganisationPersonDetails person={opened} load={load} onClose={close} allowedOrigins={props.allowedOrigins} theme={theme} />}
      {hasResult && <OrganisationTable people={people} locale={locale} theme={theme} onOpen={open} onOrder={prioritise} />}
    </section>
  );
}
