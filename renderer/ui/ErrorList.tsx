/** The reasons a write was refused, announced to screen readers. */
export function ErrorList({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-box" role="alert">
      {errors.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

/** Warnings that do not block the save (« attention »). */
export function WarningList({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="warning-box" role="status">
      {warnings.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
