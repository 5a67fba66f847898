import type { OpenCode } from '../../domain/wire/beheer';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { consoleApi } from './api';
import { noteProblem, status } from './console-state';
import { useConsoleMessages } from './messages';

export function OpenCodeList({
  areaId,
  codes,
  reload,
}: {
  areaId: string;
  codes: OpenCode[] | null;
  reload(): Promise<void>;
}) {
  const t = useConsoleMessages();
  const withdraw = async (code: OpenCode) => {
    const result = await consoleApi.withdrawCode(areaId, code.id);
    if (!result.ok) return noteProblem(result);
    status.value = t.codes.withdrawn;
    await reload();
  };
  const moment = (iso: string) => formatMoment(Date.parse(iso), language.value);

  return (
    <section class="card" aria-labelledby="open-codes-heading">
      <h2 id="open-codes-heading">{t.codes.open}</h2>
      {codes === null ? (
        <p>{t.loading}</p>
      ) : codes.length === 0 ? (
        <p>{t.codes.none}</p>
      ) : (
        <ul class="console-list">
          {codes.map((code) => (
            <li key={code.id}>
              <span>
                <strong>{code.label ?? t.codes.noLabel}</strong>
                <br />
                {t.codes.made}: {moment(code.createdAt)} · {t.codes.expires}: {moment(code.expiresAt)}
              </span>
              <button
                type="button"
                class="button button-small"
                aria-label={t.codes.withdrawLabel(code.label ?? t.codes.noLabel)}
                onClick={() => void withdraw(code)}
              >
                {t.codes.withdraw}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
