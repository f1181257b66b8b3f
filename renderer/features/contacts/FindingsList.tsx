import type { ReactNode } from 'react';
import type { Finding } from '../../../shared/domain/findings';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  refus: 'Refusé',
  alerte: 'Alerte',
  attention: 'Attention',
};

/**
 * The rule findings of a screen, alerts first; each says its severity in words (colour is
 * never the only signal). `action` may add a button to fix a finding on the spot.
 */
export function FindingsList({
  findings,
  title,
  action,
}: {
  findings: readonly Finding[];
  title: string;
  action?: (finding: Finding) => ReactNode;
}) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b));
  return (
    <section className="findings" aria-label={title}>
      <ul className="findings-list">
        {sorted.map((f, i) => (
          <li
            key={`${f.code}-${f.target?.id ?? ''}-${i}`}
            className={f.severity === 'attention' ? 'warning-box' : 'error-box'}
          >
            <span className={`badge badge-${f.severity === 'attention' ? 'attention' : 'alerte'}`}>
              {SEVERITY_LABEL[f.severity]}
            </span>{' '}
            {f.message}
            {action ? <div className="findings-action">{action(f)}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function rank(f: Finding) {
  return f.severity === 'refus' ? 0 : f.severity === 'alerte' ? 1 : 2;
}
