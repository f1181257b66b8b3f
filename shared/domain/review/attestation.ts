/**
 * The attestation at the end of the review report (FORMS.md §2, 6): who signs (the annex-1
 * Administrateur by default), for which partner in correct French (« du CCAS de Lieusaint »,
 * « de la commune de Mons-en-Barœul », else « pour : <partenaire> »), where and when.
 */
import type { IsoDate } from '../dates';
import { currentPartnerContacts } from '../rules/contacts';
import type { Contact, Organisation } from '../schemas';
import { NBSP } from '../text';

export interface Signatory {
  name: string;
  /** « Administrateur », « Administrateur suppléant », or the user who closed the review. */
  role: string;
}

const ELIDE = /^[aeiouyhàâäéèêëîïôöûüœ]/i;
/** « de Lieusaint », « d’Arras ». */
const de = (name: string) => (ELIDE.test(name) ? `d’${name}` : `de ${name}`);

/** « Lieusaint » from « CCAS de Lieusaint », « Mairie d’Arras », « Commune de X ». */
function placeName(name: string, prefixes: RegExp): string | undefined {
  const m = prefixes.exec(name.trim());
  return m ? m[1]!.trim() : undefined;
}

/**
 * « du CCAS de Lieusaint », « de la commune de Mons-en-Barœul », or « pour : Syndicat X »
 * when the kind or the name does not say it plainly. Used after « administrateur « Mon
 * Compte Partenaire » ».
 */
export function partnerPhrase(partner: Pick<Organisation, 'name' | 'partnerKind'>): string {
  const name = partner.name.trim().replace(/\s+/g, ' ');
  const ccas = /^(?:le\s+)?c\.?c\.?a\.?s\.?(?:\s+|$)/i;
  if (partner.partnerKind === 'CCAS' || (!partner.partnerKind && ccas.test(name))) {
    if (!ccas.test(name)) return `du CCAS ${de(name)}`;
    const rest = name.replace(ccas, '').trim();
    if (!rest) return 'du CCAS';
    // « CCAS de Lieusaint », « CCAS d’Arras », « CCAS du Blanc-Mesnil »: keep its own article.
    return /^(de|du|des)\s|^d['’]/i.test(rest)
      ? `du CCAS ${rest.replace(/^d'/i, 'd’')}`
      : `du CCAS ${de(rest)}`;
  }
  const town = placeName(name, /^(?:la\s+)?(?:commune|mairie|ville)\s+(?:de\s+|d['’]\s*)(.+)$/i);
  if (partner.partnerKind === 'commune' || (!partner.partnerKind && town)) {
    return `de la commune ${de(town ?? name)}`;
  }
  return `pour${NBSP}: ${name}`;
}

const capitalise = (w: string) =>
  w
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(De|Du|Des|La|Le|Les|Sur|Sous|En|Et|Lès|Lez|Aux?)\b/g, (m, _x, offset: number) =>
      offset === 0 ? m : m.toLowerCase(),
    );

/** Where the partner signs: the town of its address (« 77127 LIEUSAINT »), else of its name. */
export function partnerTown(partner: Pick<Organisation, 'name' | 'address'>): string | undefined {
  const m = /\b\d{5}\s+([^\d,]+?)(?:\s+cedex(?:\s*\d+)?)?\s*$/i.exec(partner.address ?? '');
  if (m) return capitalise(m[1]!.trim());
  const fromName = placeName(
    partner.name,
    /^(?:le\s+)?(?:c\.?c\.?a\.?s\.?|commune|mairie|ville)\s+(?:de\s+|d['’]\s*)(.+)$/i,
  );
  return fromName;
}

/**
 * Who may sign the attestation, the annex-1 Administrateur first (the default), then the
 * suppléant, then the user who conducted the review when not one of them.
 */
export function attestationSignatories(
  contacts: readonly Contact[],
  on: IsoDate,
  conductedBy?: string,
): Signatory[] {
  const out: Signatory[] = [];
  for (const c of currentPartnerContacts(contacts, 'administrateur', on)) {
    if (c.name?.trim()) out.push({ name: c.name.trim(), role: 'Administrateur' });
  }
  for (const c of currentPartnerContacts(contacts, 'administrateur-suppleant', on)) {
    if (c.name?.trim()) out.push({ name: c.name.trim(), role: 'Administrateur suppléant' });
  }
  const by = conductedBy?.trim();
  if (by && !out.some((s) => s.name.toLowerCase() === by.toLowerCase()))
    out.push({ name: by, role: 'a conduit la revue' });
  return out;
}
