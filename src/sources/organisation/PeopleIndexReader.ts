import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/search';
import { SourceError } from '../SourceError';
import { BoundedRetry, PlainFetch } from '../sharePoint/boundedRetry';
import { sharePointErrorFromThrown } from '../sharePoint/SharePointProfileSource';
import { WaitBudget } from '../waitBudget';
import { PacingAborted } from './pacing';
import { INDEX_PROPERTIES, PeopleIndexEntry, peopleIndexEntryOf } from './peopleIndexEntry';
import { IPacer, IPeopleIndexReader } from './types';

/** SharePoint search's "Local People Results" result source. */
export const PEOPLE_SOURCE_ID = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';
/** The most rows one search request answers ("Search limits for SharePoint Online": 500, a boundary). */
export const INDEX_PAGE_SIZE = 500;
const MAX_BUSY_ATTEMPTS = 20;
const BUSY = [429, 503];
const NO_WAITING = new WaitBudget(0);

/**
 * Everyone in SharePoint search's people index, page by page. Pages are partitioned on DocId
 * ("Pagination for large result sets": sort on [DocId], continue with IndexDocId>last), never by
 * StartRow, which stops at 50,000; duplicates are not trimmed, so alike people are all read. A page
 * can come back short though more follow, so only an empty page ends the read. Each request goes
 * through the pacer (search's own limit: 10 a second per user); a busy answer holds it back and
 * the page goes again.
 */
export class PeopleIndexReader implements IPeopleIndexReader {
  public constructor(private readonly _sp: SPFI, private readonly _pacer: IPacer, private readonly _fetch?: PlainFetch,
    private readonly _pageSize: number = INDEX_PAGE_SIZE) {}

  /** Reads every page, telling `onPage` each one's entries as it arrives; resolves when the index is read. */
  public async readAll(onPage: (entries: PeopleIndexEntry[]) => void, signal?: AbortSignal): Promise<void> {
    let after: number | undefined;
    for (;;) {
      const entries = await this._paced(after, signal);
      if (entries.length === 0) return;
      const last = entries[entries.length - 1].docId;
      if (after !== undefined && last <= after) {
        throw new SourceError('sharePoint', 'bad-data', 'SharePoint search answered a page of the people index that does not follow the last one (DocId did not grow)');
      }
      after = last;
      onPage(entries);
    }
  }

  private async _paced(after: number | undefined, signal?: AbortSignal): Promise<PeopleIndexEntry[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this._pacer.run(1, () => this._page(after), signal);
      } catch (error) {
        if (error instanceof PacingAborted) throw error;
        const failure = error instanceof SourceError ? error : sharePointErrorFromThrown(error);
        if (failure.status === undefined || BUSY.indexOf(failure.status) < 0 || attempt >= MAX_BUSY_ATTEMPTS) throw failure;
        this._pacer.throttled(failure.retryAfterSeconds);
      }
    }
  }

  private async _page(after: number | undefined): Promise<PeopleIndexEntry[]> {
    const once = spfi(this._sp).using(BoundedRetry({ waits: NO_WAITING, sleep: () => Promise.resolve(), attempts: 1, fetch: this._fetch }));
    const results = await once.search({
      // "Putting the IndexDocId first and then the 'actual' query matters" (Pagination for large result sets).
      Querytext: after === undefined ? '*' : `IndexDocId>${after} AND (*)`,
      SourceId: PEOPLE_SOURCE_ID,
      RowLimit: this._pageSize,
      StartRow: 0,
      TrimDuplicates: false,
      EnableSorting: true,
      SortList: [{ Property: '[DocId]', Direction: 0 }],
      SelectProperties: [...INDEX_PROPERTIES, 'DocId']
    });
    const rows: unknown = results.PrimarySearchResults;
    if (!Array.isArray(rows)) throw new SourceError('sharePoint', 'bad-data', 'SharePoint search answered without a result table');
    return rows.map((row) => peopleIndexEntryOf(row as Record<string, unknown>));
  }
}
