/**
 * Used / max as a bar with the numbers in words beside it: colour is never the only signal.
 */
export function Gauge({
  label,
  used,
  max,
  phrase,
  state,
}: {
  label: string;
  used: number;
  max: number;
  phrase: string;
  state: 'ok' | 'full' | 'over';
}) {
  const percent = max > 0 ? Math.min(100, Math.round((used / max) * 100)) : used > 0 ? 100 : 0;
  return (
    <div className={`gauge gauge-${state}`}>
      <span className="gauge-label">{label}</span>
      <div
        className="gauge-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.max(max, used)}
        aria-valuenow={used}
        aria-valuetext={phrase}
      >
        <div className="gauge-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="gauge-phrase">{phrase}</span>
    </div>
  );
}
