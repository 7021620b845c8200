import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { PropertyComparison } from '../../../../profile';
import { fieldLabel } from '../../text/fieldLabel';
import { getClassNames } from './PropertyTable.styles';

export interface IPropertyTableProps {
  rows: readonly PropertyComparison[];
  theme: ITheme;
}

function statusText(row: PropertyComparison): string {
  if (row.equal) return strings.StatusSame;
  return row.synced ? strings.StatusDiffers : strings.StatusNotSynced;
}

/** Every compared property, both values; a difference is said in words, not only in colour. */
export function PropertyTable(props: IPropertyTableProps): JSX.Element | null {
  const { rows } = props;
  const classNames = getClassNames(props.theme);
  if (rows.length === 0) return null;
  return (
    <div className={classNames.section}>
      <table className={classNames.table}>
        <caption>{strings.TableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.TableProperty}</th>
            <th scope="col">{strings.TableSharePoint}</th>
            <th scope="col">{strings.TableMicrosoft365}</th>
            <th scope="col">{strings.TableStatus}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-property={row.field} data-equal={row.equal ? 'true' : 'false'} className={row.equal ? undefined : classNames.rowDiffers}>
              <th scope="row">{fieldLabel(row.field)}</th>
              <td>{row.sharePointValue || strings.EmptyValue}</td>
              <td>{row.microsoft365Value || strings.EmptyValue}</td>
              <td>{statusText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
