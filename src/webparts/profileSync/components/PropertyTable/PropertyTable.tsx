import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { PropertyReading } from '../../../../profile';
import { fieldLabel } from '../../text/fieldLabel';
import { wrapPoints } from '../../text/wrapPoints';
import { getClassNames } from './PropertyTable.styles';

export interface IPropertyTableProps {
  /** Compared rows, or when one side failed, what the other side answered (see readProperties). */
  rows: readonly PropertyReading[];
  theme: ITheme;
}

function statusText(row: PropertyReading): string {
  if (row.equal === undefined) return strings.StatusNotCompared;
  if (row.equal) return strings.StatusSame;
  return row.synced ? strings.StatusDiffers : strings.StatusNotSynced;
}

function equalAttribute(row: PropertyReading): string {
  if (row.equal === undefined) return 'unknown';
  return row.equal ? 'true' : 'false';
}

/** A value with break opportunities after "@" and dots, so an address wraps between its parts. */
function Value(props: { value: string | undefined; unreadClass: string }): JSX.Element {
  if (props.value === undefined) return <span className={props.unreadClass} data-unread="">{strings.ValueNotRead}</span>;
  if (props.value === '') return <>{strings.EmptyValue}</>;
  return <>{wrapPoints(props.value).map((piece, index) => <React.Fragment key={index}>{index > 0 && <wbr />}{piece}</React.Fragment>)}</>;
}

/**
 * Every compared property, both values; a difference is said in words, not only in colour. Where the
 * web part is narrow (a phone, 400 % zoom, a narrow page column) each row stacks its cells, each
 * with its column's name; the table's own headers stay for screen readers.
 */
export function PropertyTable(props: IPropertyTableProps): JSX.Element | null {
  const { rows } = props;
  const classNames = getClassNames(props.theme);
  const [headingId] = React.useState(() => getId('property-table-heading'));
  if (rows.length === 0) return null;
  const cell = (label: string, content: React.ReactNode): JSX.Element => (
    <><span className={classNames.cellLabel} aria-hidden={true}>{label}</span><span className={classNames.cellValue}>{content}</span></>
  );
  return (
    <section className={classNames.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={classNames.sectionHeading}>{strings.TableCaption}</h3>
      {/* Explicit roles keep the table a table for screen readers when narrow widths restyle it as blocks. */}
      <table className={classNames.table} role="table" aria-labelledby={headingId}>
        <thead className={classNames.head} role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{strings.TableProperty}</th>
            <th scope="col" role="columnheader">{strings.TableSharePoint}</th>
            <th scope="col" role="columnheader">{strings.TableMicrosoft365}</th>
            <th scope="col" role="columnheader">{strings.TableStatus}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.field} role="row" data-property={row.field} data-equal={equalAttribute(row)}
              className={row.equal === false ? `${classNames.row} ${classNames.rowDiffers}` : classNames.row}>
              <th scope="row" role="rowheader">{fieldLabel(row.field)}</th>
              <td role="cell" data-side="sharepoint">{cell(strings.TableSharePoint, <Value value={row.sharePointValue} unreadClass={classNames.unread} />)}</td>
              <td role="cell" data-side="microsoft365">{cell(strings.TableMicrosoft365, <Value value={row.microsoft365Value} unreadClass={classNames.unread} />)}</td>
              <td role="cell" data-side="status">{cell(strings.TableStatus, statusText(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
