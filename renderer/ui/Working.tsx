/** An indeterminate progress bar with what is being done, for long work. */
export function Working({ label }: { label: string | undefined }) {
  if (!label) return null;
  return (
    <div className="backups-working" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
