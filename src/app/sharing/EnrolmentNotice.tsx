import { readEnrolment } from '../../db/enrolment';
import { useMessages } from '../i18n/locale';
import { useLive } from '../use-live';

/** Why an approved summary may wait or be refused: no enrolment yet, or enrolled in another area. */
export function EnrolmentNotice({ areaId }: { areaId: string }) {
  const previewText = useMessages().sharing.preview;
  const enrolment = useLive(readEnrolment, []);
  if (enrolment === undefined) return null;
  if (enrolment === null) return <p class="notice-line">{previewText.notEnrolled}</p>;
  if (enrolment.area.id === areaId) return null;
  return <p class="warning">{previewText.areaMismatch(enrolment.area.name)}</p>;
}
