import { formatNumber } from '../../shared/domain/format';

const instant = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** « 04/03/2025 à 10 h 15 » (Europe/Paris). */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = instant.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} à ${Number(get('hour'))}\u00a0h\u00a0${get('minute')}`;
}

/** « 12,4 Ko », « 1,2 Mo ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)}\u00a0o`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)}\u00a0Ko`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)}\u00a0Mo`;
}
