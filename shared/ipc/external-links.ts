/**
 * External sites the app may open in the user's browser. Anything else is refused, so a
 * link planted in imported data cannot send the user to an arbitrary page.
 */
export const EXTERNAL_ORIGIN_ALLOWLIST = [
  'https://www.caf.fr',
  'https://partenaires.caf.fr',
  'https://www.cnil.fr',
  'https://www.service-public.fr',
  'https://annuaire-entreprises.data.gouv.fr',
] as const;

// Parsed by hand because `shared/` has neither the DOM nor Node's `URL`. Strict on purpose:
// no credentials, no odd characters, default port only.
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(?::443)?(?:[/?#][^\s\\]*)?$/i;

export function isAllowedExternalUrl(raw: string): boolean {
  if (raw.length > 2000) return false;
  const match = HTTPS_URL.exec(raw);
  if (!match?.[1]) return false;
  const origin = `https://${match[1].toLowerCase()}`;
  return (EXTERNAL_ORIGIN_ALLOWLIST as readonly string[]).includes(origin);
}
