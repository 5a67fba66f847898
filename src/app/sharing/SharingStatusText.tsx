import type { SharingStatus } from '../../domain/sharing/status';
import { formatMoment, formatTime } from '../format';
import { language, useMessages } from '../i18n/locale';

/** The status of a conversation's summary in plain words, the same wherever it is shown. */
export function useDescribeSharing(): (status: SharingStatus) => string {
  const t = useMessages();
  const lang = language.value;
  return (status) => {
    switch (status.kind) {
      case 'failed':
        return t.sharing.status.failed(
          t.sharing.problems[status.problem],
          formatTime(status.nextTryAt, lang),
        );
      case 'sent':
        return t.sharing.status.sent(
          status.sentAt === null ? '' : formatMoment(status.sentAt, lang),
          status.revision,
        );
      default:
        return t.sharing.status[status.kind];
    }
  };
}

export function SharingBadge({ status }: { status: SharingStatus }) {
  const t = useMessages();
  return <span class={`status sharing-${status.kind}`}>{t.sharing.label[status.kind]}</span>;
}
