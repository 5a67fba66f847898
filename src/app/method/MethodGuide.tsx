import { VALUE_IDS } from '../../domain/values';
import { language, useMessages } from '../i18n/locale';
import { METHOD_GUIDANCE } from '../i18n/method';

/** The appreciative method in short: the four phases, what to avoid, and tagging values. */
export function MethodGuide() {
  const t = useMessages();
  const guidance = METHOD_GUIDANCE[language.value];
  return (
    <div class="method-guide">
      <p>{guidance.intro}</p>
      <h3>{guidance.phasesHeading}</h3>
      {guidance.phases.map((phase) => (
        <section key={phase.name} class="method-phase" aria-label={phase.name}>
          <h4>{phase.name}</h4>
          <p>{phase.aim}</p>
          <p class="method-label">{guidance.questionsLabel}</p>
          <ul>
            {phase.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          <p class="method-label">{guidance.probesLabel}</p>
          <ul>
            {phase.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </section>
      ))}
      <h3>{guidance.avoidHeading}</h3>
      <ul>
        {guidance.avoid.map((item) => (
          <li key={item.what}>
            {item.what} {item.instead}
          </li>
        ))}
      </ul>
      <h3>{guidance.tagHeading}</h3>
      <p>{guidance.tagIntro}</p>
      <dl class="method-values">
        {VALUE_IDS.map((id) => (
          <div key={id}>
            <dt>{t.values[id].name}</dt>
            <dd>
              {guidance.experiencedLabel}: {guidance.values[id].experienced}
            </dd>
            <dd>
              {guidance.missingLabel}: {guidance.values[id].missing}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
