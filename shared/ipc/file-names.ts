/**
 * File names proposed to the save dialog. Kept apart from contract.ts (no zod) so that the
 * renderer's bridges can clean a name without pulling the IPC schemas in.
 */
export const SAVE_FILTERS = ['pdf', 'csv', 'docx', 'json'] as const;

/** Backup file names are chosen by the app; anything else (paths, dots) is refused. */
export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(json|mcpbak)$/;
export type SaveFilter = (typeof SAVE_FILTERS)[number];

/**
 * Control, bidirectional-override and other invisible formatting characters: a file name
 * holding one can show the user another name (« facture U+202E fdp.exe » shows as « factureexe.pdf ») than the real one.
 */
export const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** True when `name` ends with `.ext` for one of `filters` (any case). */
export function hasRequestedExtension(name: string, filters: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return filters.some((f) => lower.endsWith(`.${f}`) && lower.length > f.length + 1);
}

/**
 * The name the renderer proposes in the save dialog, made acceptable to `file:save`:
 * hidden characters and folders removed, the first requested extension added when missing.
 */
export function cleanSuggestedName(name: string, filters: readonly SaveFilter[]): string {
  const cleaned = name
    .replace(new RegExp(HIDDEN_CHARACTERS.source, 'gu'), '')
    .replace(/[\\/]/g, '-')
    .trim()
    .slice(0, 180);
  if (hasRequestedExtension(cleaned, filters)) return cleaned;
  const base = cleaned.replace(/\.+$/, '') || 'document';
  return `${base}.${filters[0] ?? 'json'}`;
}
