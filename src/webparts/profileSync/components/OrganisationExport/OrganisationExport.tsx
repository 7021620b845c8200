import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { ScannedPerson } from '../../../../organisation';
import { organisationCsv } from '../../../../organisation/csv';
import { csvWords } from '../../text/organisationText';
import { ActionButton } from '../ActionButton';
import { downloadText } from './downloadText';

export interface IOrganisationExportProps {
  people: readonly ScannedPerson[];
  theme: ITheme;
  /** The file's date, for its name (tests pass a fixed one). */
  now?: () => Date;
  /** Where the file goes; the browser's download by default. */
  save?: (text: string, fileName: string, type: string) => void;
}

/** "Export CSV": everyone scanned so far, as a file Excel opens with the right letters. */
export function OrganisationExport(props: IOrganisationExportProps): JSX.Element {
  const save = props.save || downloadText;
  const exportCsv = (): void => {
    const date = (props.now ? props.now() : new Date()).toISOString().slice(0, 10);
    save(organisationCsv(props.people, csvWords()), `profile-sync-${date}.csv`, 'text/csv;charset=utf-8');
  };
  return <ActionButton action="export-csv" onClick={exportCsv} theme={props.theme}>{orgStrings.OrgExport}</ActionButton>;
}
