import { memo } from 'react';
import { formatCount } from '../../../shared/domain/format';
import type { QuotaUsage } from '../../../shared/domain/rules/quota';
import { Card } from '../../ui/Card';
import { Gauge } from '../../ui/Gauge';

/** Up to this many gauges the card is simply shown; beyond, it folds behind a one-line summary. */
export const QUOTAS_SHOWN_UP_TO = 8;

/**
 * The quotas above the roster. A small office sees its few gauges; a department with dozens of
 * profiles on several bulletins would see nothing but gauges on its first screen, so the card
 * folds into one line (how many are full or over) and opens on demand. Quotas already over are
 * never folded away: they are anomalies. Memoised: a keystroke in the search does not redraw it.
 */
export const RosterQuotas = memo(function RosterQuotas({
  usage,
  multipleBulletins,
}: {
  usage: readonly QuotaUsage[];
  multipleBulletins: boolean;
}) {
  if (!usage.length) return null;
  const gauge = (u: QuotaUsage) => (
    <Gauge
      key={`${u.bulletinId}-${u.profileCode}`}
      label={`${u.profileCode}${multipleBulletins ? ` · ${u.bulletinLabel}` : ''}`}
      used={u.used}
      max={u.max}
      phrase={u.phrase}
      state={u.state}
    />
  );
  if (usage.length <= QUOTAS_SHOWN_UP_TO) {
    return (
      <Card title="Quotas par bulletin et profil">
        <div className="gauge-grid">{usage.map(gauge)}</div>
      </Card>
    );
  }
  const over = usage.filter((u) => u.state === 'over');
  const full = usage.filter((u) => u.state === 'full').length;
  const summary = [
    formatCount(usage.length, 'quota suivi', 'quotas suivis'),
    formatCount(full, 'atteint', 'atteints'),
    formatCount(over.length, 'dépassé', 'dépassés'),
  ].join(' · ');
  return (
    <section className="card roster-quotas" aria-labelledby="roster-quotas-title">
      <details>
        <summary>
          <h2 id="roster-quotas-title">Quotas par bulletin et profil</h2>
          <span className="muted">{summary}</span>
        </summary>
        <div className="gauge-grid">{usage.map(gauge)}</div>
      </details>
      {over.length ? (
        <div className="gauge-grid roster-quotas-over" aria-label="Quotas dépassés">
          {over.map(gauge)}
        </div>
      ) : null}
    </section>
  );
});
