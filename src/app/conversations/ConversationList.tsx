import { useEffect, useState } from 'preact/hooks';
import { listAreas } from '../../db/areas';
import { findConversations, newestAmong } from '../../db/conversation-query';
import { type ConversationRow, conversationCount, conversationPage } from '../../db/conversations';
import { conversationsWithUnseenFeedback } from '../../db/reviews';
import type { Area } from '../../domain/areas';
import { type ConversationFilter, isEmptyFilter } from '../../domain/conversation-filter';
import { searchTerms } from '../../domain/search';
import { deferred } from '../components/deferred';
import { useDevice } from '../device';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { screen } from '../lazy-screen';
import { ensureSearchIndex, searchIndex } from '../search-session';
import { dataKey } from '../session';
import { useLive } from '../use-live';
import { ConversationFinder } from './ConversationFinder';

const PAGE_SIZE = 50;

// Only after unlock, and in a chunk of its own: the retention check reads the sharing state and
// the words come with the later screens' texts, none of which the list itself needs.
const RetentionNotice = deferred(
  screen(() => import('./RetentionNotice').then((module) => module.RetentionNotice)),
);

/**
 * Newest first, fifty at a time, from the clear index fields only: fast at ten thousand
 * conversations. Searching decrypts each conversation's notes once, into memory, after unlock.
 */
export function ConversationList() {
  const t = useMessages();
  const db = useDevice().db.value;
  const [rows, setRows] = useState<ConversationRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [areas, setAreas] = useState<Area[]>([]);
  const [filter, setFilter] = useState<ConversationFilter>({});
  const [query, setQuery] = useState('');
  // Raised when conversations were erased from the notice, so the list reads them again.
  const [erasures, setErasures] = useState(0);
  const finding = !isEmptyFilter(filter) || searchTerms(query).length > 0;
  const withFeedback = useLive(conversationsWithUnseenFeedback, []);
  const index = searchIndex.value;

  useEffect(() => {
    if (!db) return;
    void listAreas(db).then(setAreas);
    // Decrypt the search texts in the background right after unlock, so the first search is instant.
    const key = dataKey.value;
    if (key) void ensureSearchIndex(db, key);
    // Feedback a coach sent since the last look shows on the list without waiting for a timer.
    void import('../review/feedback-session').then((session) => session.checkFeedbackNow(db));
  }, [db]);

  useEffect(() => {
    if (!db) return;
    let current = true;
    void (async () => {
      if (!finding) {
        const [page, count] = await Promise.all([conversationPage(db, 0, shown), conversationCount(db)]);
        if (current) {
          setRows(page);
          setTotal(count);
        }
        return;
      }
      const key = dataKey.value;
      if (searchTerms(query).length > 0 && key && !index) await ensureSearchIndex(db, key);
      const hits = searchTerms(query).length > 0 ? searchIndex.value?.search(query) : undefined;
      if (hits && isEmptyFilter(filter)) {
        // Only words to match: the hit count is known, and one page of the newest is enough.
        const page = await newestAmong(db, hits, shown);
        if (current) {
          setRows(page);
          setTotal(hits.size);
        }
        return;
      }
      const found = await findConversations(db, filter, hits);
      if (current) {
        setRows(found.slice(0, shown));
        setTotal(found.length);
      }
    })();
    return () => {
      current = false;
    };
  }, [db, filter, query, shown, finding, index, erasures]);

  const areaNames = new Map(areas.map((area) => [area.id, area.name]));
  return (
    <>
      <RetentionNotice onErased={() => setErasures((count) => count + 1)} />
      <div class="list-actions">
        <a class="button button-primary button-block" href="/gesprekken/nieuw">
          {t.conversations.new}
        </a>
        <a class="button button-block" href="/gesprekken/oefenen">
          {t.conversations.practice}
        </a>
      </div>
      <ConversationFinder
        query={query}
        filter={filter}
        areas={areas}
        onQuery={setQuery}
        onFilter={setFilter}
      />
      <p class="list-count" aria-live="polite">
        {finding ? t.find.results(total) : rows && rows.length > 0 ? t.conversations.count(total) : ''}
      </p>
      {rows && rows.length === 0 && !finding && <p>{t.conversations.empty}</p>}
      {rows && rows.length > 0 && (
        <ul class="conversation-list">
          {rows.map((row) => (
            <li key={row.id}>
              <a href={`/gesprekken/${row.id}`}>
                <span class="conversation-date">{formatDate(row.date, language.value)}</span>
                <span class="conversation-area">{areaNames.get(row.areaId) ?? row.areaId}</span>
                <span class={`status status-${row.status}`}>{t.conversations.status[row.status]}</span>
                {row.practice && <span class="badge badge-practice">{t.conversations.practiceBadge}</span>}
                {withFeedback?.has(row.id) && <span class="badge">{t.conversations.feedbackBadge}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
      {rows && rows.length < total && (
        <button type="button" class="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t.conversations.more}
        </button>
      )}
    </>
  );
}
