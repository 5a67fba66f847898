import { type ConversationFilter, matchesFilter } from '../domain/conversation-filter';
import type { ConversationRow } from './conversations';
import type { BuurtgesprekDatabase } from './database';

/**
 * Conversations matching a filter, newest first. One index narrows the set (the most selective
 * field given), the rest is checked in memory on clear fields: nothing is decrypted.
 */
export async function findConversations(
  db: BuurtgesprekDatabase,
  filter: ConversationFilter,
  matchingIds?: ReadonlySet<string>,
): Promise<ConversationRow[]> {
  const table = db.conversations;
  const candidates = filter.value
    ? table.where('valueKeys').equals(`${filter.value.valueId}:${filter.value.polarity}`)
    : filter.themeId
      ? table.where('themeIds').equals(filter.themeId)
      : filter.areaId
        ? table.where('areaId').equals(filter.areaId)
        : filter.guideId
          ? table.where('guideId').equals(filter.guideId)
          : table.toCollection();
  const records = await candidates
    .filter((record) => matchesFilter(record, filter) && (!matchingIds || matchingIds.has(record.id)))
    .toArray();
  records.sort((a, b) => b.updatedAt - a.updatedAt);
  return records.map(({ sealed: _sealed, valueKeys: _index, ...row }) => row);
}
