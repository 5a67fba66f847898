import { listAreas } from '../../db/areas';
import { sharingRows } from '../../db/sharing';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { SharingBadge, useDescribeSharing } from '../sharing/SharingStatusText';
import { useLive } from '../use-live';

/** Every completed conversation with where its summary stands: to check, waiting, failed and why, sent. */
export function SharingList() {
  const t = useMessages();
  const describe = useDescribeSharing();
  const rows = useLive(sharingRows, []);
  const areas = useLive(listAreas, []);
  if (rows === undefined || areas === undefined) return null;
  const areaName = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  return (
    <section class="card" aria-labelledby="sharing-list-heading">
      <h2 id="sharing-list-heading">{t.sync.conversationsHeading}</h2>
      {rows.length === 0 ? (
        <p>{t.sync.noConversations}</p>
      ) : (
        <ul class="sharing-list">
          {rows.map(({ conversation, status }) => (
            <li key={conversation.id}>
              <a href={`/gesprekken/${conversation.id}`}>
                {t.sync.conversationLink(
                  formatDate(conversation.date, language.value),
                  areaName(conversation.areaId),
                )}
              </a>
              <SharingBadge status={status} />
              <p class="hint-line">{describe(status)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
