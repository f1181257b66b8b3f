/**
 * What a bulletin d'adhésion's title and first lines say besides its quotas: the service
 * (code, label), the site, the annex number, the date of effect.
 */
import { isPlaceholder, keyOf, labelledField } from '../text-tools';
import { findAnchor, foldLoose } from './anchors';
import type { Ctx } from './context';
import { isHeadingLine, KEY_VALUE } from './paragraphs';
import type { Block } from './segmentation';
import { findDateTolerant } from '../dates';

export const KNOWN_SERVICES: { words: string; code: string }[] = [
  { words: 'consultation du dossier allocataire', code: 'CDAP' },
];

/**
 * « Structure : X » beside « Service utilisateur : Y »: the body's field names the partner,
 * the other one the site; a field of the body alone is read only when no other is there.
 */
export const isBodyField = (line: string) =>
  /^(?:structure|organisme|partenaire|[ée]tablissement)\s*(?::|\t)/i.test(line.trim());

/** « Site : X », « Site / service utilisateur : X », « Établissement concerné : X » → X. */
export function siteField(line: string): string | undefined {
  // « Nombre d'utilisateurs autorisés – Multi-accueil … »: the quota table's own site
  const quotaHead = /^nombre d['’]utilisateurs(?:\s+autoris[ée]s)?\s+[–—-]\s+(.{3,80})$/iu.exec(
    line.trim(),
  );
  if (quotaHead) return quotaHead[1]!.trim();
  // (« Site / service utilisateur ⇥ X »: a table's label and value cells too)
  const field = /^[^:\t]{2,45}\t[^\t]+$/.test(line.trim())
    ? labelledField(line.trim(), 45)
    : undefined;
  const m = field
    ? [line, field.label, field.value]
    : /^([^:]{2,45}?)\s*:\s*(.+)$/.exec(line.trim());
  if (!m) return undefined;
  const label = foldLoose(m[1]!).replace(/\s+/g, ' ').trim();
  if (
    !/^(?:(?:service|site)\s*\/\s*(?:site|service)\s*$|site|etablissement|structure|antenne|agence|lieu d'exercice|departement|pole|territoire|circonscription|(?:service|entite|structure|site|etablissement|agence)s?(?:(?: ou |\s*\/\s*)(?:site|service|structure|etablissement|agence)s?)? (?:utilisat(?:eur|rice)|demandeu(?:r|se)|concernee?|beneficiaire|adherente?)s?|(?:le service est )?mis a (?:la )?disposition)\b/.test(
      label,
    )
  )
    return undefined;
  const value = m[2]!.trim().replace(/[\s.;]+$/, '');
  return value && !isPlaceholder(value) ? value : undefined;
}

/**
 * « Site : Centre social et culturel » / « du quartier des Quatre-Saisons »: a site's label
 * a wrap broke onto the next line, joined when the label ends on a word that needs more
 * (« de », « et », « l' ») or the next line goes on in lower case; not when the next line is
 * a field, a heading, a sentence or a table row.
 */
export function siteWithTail(lines: readonly string[], k: number, value: string): string {
  const next = (lines[k + 1] ?? '').trim();
  if (!next || next.length > 70 || next.includes('\t') || next.includes('@')) return value;
  if (KEY_VALUE.test(next) || isHeadingLine(next) || /[:;]$/.test(next) || /^\d/.test(next))
    return value;
  // (a sentence that starts below the field: « le service est ouvert … . »)
  if (/[.!?]$/.test(next) && next.split(/\s+/).length > 5) return value;
  const dangling =
    /(?:^|\s)(?:de|du|des|la|le|les|et|à|au|aux|en|sur|pour|l['’]|d['’])$/iu.test(value) ||
    /['’]$/.test(value);
  const lower = /^(?:\p{Ll}|l['’]|d['’])/u.test(next);
  if (!dangling && !lower) return value;
  return `${value}${/['’]$/.test(value) ? '' : ' '}${next.replace(/[\s.;,]+$/, '')}`;
}

/** « Date d'effet du bulletin : 01/03/2025 », « Date de prise d'effet : 1er mars 2025 » → ISO date. */
export function bulletinDate(line: string): string | undefined {
  const t = line.trim();
  const m =
    /^date\s+(?:d['’]effet|de (?:prise d['’]effet|mise en (?:œuvre|oeuvre|service))|du bulletin)[^:]{0,30}:\s*(.+)$/i.exec(
      t,
    ) ??
    // « Date : 25/04/2017   Cachet et signature »: a bare date label under the table is the
    // bulletin's (« Date de la délibération : » is another date)
    /^date\s*:\s*(.+)$/i.exec(t) ??
    // « Bulletin établi le 4 mars 2024. », « Le présent bulletin a été signé le … »
    /\bbulletin\b[^.;:]{0,30}?(?<!\p{L})(?:[ée]tabli|sign[ée]|fait|dat[ée]|souscrit|rempli)e?\s+le\s+(.+)$/iu.exec(
      t,
    );
  const found = m?.[1] ? findDateTolerant(m[1]) : undefined;
  // the date opens the value: « Date : ____ Cachet » with a date further on is not one
  return found && found.index <= 2 ? found.iso : undefined;
}

/**
 * A service's label as the bulletin names it, without the sentence it was read from:
 * « . Le service "Consultation du dossier allocataire par les partenaires" permet aux agents … »
 * is the quoted name; « . Le service Consultation du dossier … » loses its lead.
 */
export function cleanServiceLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const t = label
    .replace(/^[\s.,;:–-]+/, '')
    .replace(/^le\s+service\s+/i, '')
    .trim();
  // the quoted name only when the label came with its sentence (a lead was dropped)
  const quoted = /"([^"]{6,120})"/.exec(label)?.[1]?.trim();
  if (quoted && (t !== label.trim() || /\ble\s+service\s+"/i.test(label))) return quoted;
  return t || undefined;
}

/** Code, label and site from what follows « Bulletin d'adhésion ». */
export function parseServiceTail(tail: string): { code?: string; label?: string; site?: string } {
  // « n° 1 – Service Cdap »: the bulletin's own number goes first
  const unnumbered = tail.replace(/^\s*(?:n\s?[°o]|num[ée]ro)\s*\d+\s*[-–:,]?\s*/i, '');
  let t = unnumbered
    .replace(/^[\s:–-]+/, '')
    .replace(/^\s*(?:au|aux|du)?\s*services?\b\s*/i, '')
    .replace(/^[\s:–-]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  if (!t) return {};
  const out: { code?: string; label?: string; site?: string } = {};
  const siteLabel =
    /\s*[-–|,]?\s*(?:site|[ée]tablissement|antenne|structure|service)\s*:\s*(.+)$/i.exec(t);
  if (siteLabel?.[1]) {
    out.site = siteLabel[1].trim();
    t = t.slice(0, siteLabel.index).trim();
  }
  const parts = t
    .split(/\s+[–-]\s+|\s*\(|\)/)
    .map((s) => s.trim())
    .filter(Boolean);
  const known = KNOWN_SERVICES.find((s) => findAnchor(t, s.words));
  const codeAt = parts.findIndex(
    (p) => /^[\p{L}][\p{L}\d]{1,11}$/u.test(p) && !/^(?:le|la|les|du|de|des|au|aux)$/i.test(p),
  );
  if (codeAt >= 0 && (codeAt === 0 || !known)) {
    out.code = parts[codeAt]!.toUpperCase();
    const others = parts.filter((_, k) => k !== codeAt);
    if (others.length && !out.site) {
      if (known && findAnchor(others.join(' '), known.words)) out.label = others.join(' ');
      else out.site = others.join(' ');
    }
  } else if (known) {
    out.code = known.code;
    out.label = parts[0];
    if (parts.length > 1 && !out.site)
      out.site =
        parts
          .slice(1)
          .filter((p) => p.toUpperCase() !== known.code)
          .join(' ') || undefined;
    if (!out.site) delete out.site;
  }
  // « CDAP Partenaire : Mission locale … Profils … » (a PDF joined the title and the table's
  // header): a known service's code first, whatever follows
  // (« au ⇥ Cdap ⇥ service »: a PDF title whose words were set in cells out of order)
  if (!out.code) {
    const words = t.split(/[\s\t]+/).slice(0, 3);
    const known = words.find((w) => KNOWN_SERVICES.some((s) => s.code === w.toUpperCase()));
    if (known) out.code = known.toUpperCase();
  }
  return out;
}

/** « Annexe 2.3 » / « Relais Petite Enfance » / « Bulletin d'adhésion … »: the site between the two. */
export function siteAbove(ctx: Ctx, cue: number): string | undefined {
  const above: string[] = [];
  for (let k = cue - 1; k >= 0 && above.length < 2; k--)
    if (ctx.lines[k]) above.push(ctx.lines[k]!);
  const [site, annex] = above;
  // « Annexe 2.3 – Direction de l'insertion » right above the title: the site in the annex heading
  const heading = site ? ANNEX_HEADING.exec(site) : null;
  const named = heading?.[2]?.trim();
  if (
    named &&
    /^\p{Lu}/u.test(named) &&
    // (« Annexe 2 – CDAP »: a service, not a site; a site is named in several words)
    /\s/.test(named) &&
    !KNOWN_SERVICES.some((k) => findAnchor(named, k.words)) &&
    named.length <= 70 &&
    !/bulletin|adhesion|\bliste\b|interlocuteur|contrat|convention|formulaire|\bmodele|tableau|quota|profil|^(?:les\s+)?services?$/.test(
      foldLoose(named),
    )
  )
    return named;
  if (!site || !annex || !/^annexe\s*n?[°o]?\s*\d+(?:[.\-–/]\d+)*\s*:?$/i.test(annex))
    return undefined;
  if (
    site.length > 60 ||
    /^\p{Ll}/u.test(site) ||
    /[.;:]$/.test(site) ||
    isHeadingLine(site) ||
    site.includes('\t')
  )
    return undefined;
  // a site is named: mostly letters (not stamp or scan debris « . , ; · »)
  const letters = (site.match(/\p{L}/gu) ?? []).length;
  if (letters < 3 || letters < site.replace(/\s/g, '').length * 0.6) return undefined;
  return site;
}

// (« Annexe 2.1 (modifiée par l'avenant n° 2) »: a note in brackets after the number)
const ANNEX_HEADING =
  /^annexe\s*n?[°o]?\s*(\d+(?:[.\-–/]\d+)*)\s*(?:\([^()]{0,60}\)\s*)?(?:(?:[-–:]|\.(?=\s))\s*(.*))?$/i;

/**
 * The number of the annex holding a bulletin when its heading stands further up
 * (« Annexe 2 – Liste des services et bulletins d'adhésion », a paragraph, then the bulletin):
 * the nearest annex heading above that speaks of services or bulletins, when that annex holds
 * this bulletin alone (several bulletins under one heading: no number is guessed).
 */
export function enclosingAnnex(ctx: Ctx, blocks: Block[], cue: number): string | undefined {
  const cues = blocks.filter((b) => b.kind === 'bulletin').map((b) => b.cue);
  for (let k = cue - 1; k >= 0 && k >= cue - 80; k--) {
    const line = ctx.lines[k] ?? '';
    if (cues.includes(k)) return undefined;
    const m = ANNEX_HEADING.exec(line);
    if (!m) continue;
    if (!/bulletin|adh[ée]sion|services?\b/i.test(foldLoose(m[2] ?? ''))) return undefined;
    // the annex ends at the next annex heading: this bulletin must be its only one
    let end = ctx.lines.length;
    for (let j = cue + 1; j < ctx.lines.length; j++)
      if (ANNEX_HEADING.test(ctx.lines[j] ?? '')) {
        end = j;
        break;
      }
    return cues.filter((c) => c > k && c < end).length === 1 ? m[1] : undefined;
  }
  return undefined;
}

/** « ANNEXE », « Annexe n° 2 – Bulletin d'adhésion »: words of the document's structure, never a site's name. */
export function isStructuralWords(text: string): boolean {
  const key = keyOf(text);
  return (
    !key ||
    key
      .split(' ')
      .every((w) =>
        /^(?:annexes?|bulletins?|d|de|du|adhesion|n|no|numero|articles?|art|chapitres?|titres?|parties?|sections?|paragraphes?|points?|sous|[ivxl]{1,5}|\d+[a-z]?)$/.test(
          w,
        ),
      )
  );
}

const PARTNER_FIELD =
  /^(?:nom du |d[ée]nomination du )?partenaire\s*:\s*(.+?)\s+[–—-]\s+(.{3,80})$/i;
const SITE_WORDS =
  /^(?:si[eè]ge|agence|antenne|site|p[ôo]le|centre|service|direction|maison|espace|relais|point|mairie annexe|annexe de|[ée]tablissement|r[ée]sidence|foyer|accueil)\b/i;

/**
 * « Nom du partenaire : Bessin Habitat – Agence de Port-en-Bessin » next to each bulletin's
 * title: the site after the partner's name. Read when the bulletins name the same partner
 * with different tails, or when the tail is named like a site (« Siège social », « Antenne de … »).
 */
export function sitesFromPartnerField(ctx: Ctx, cues: readonly number[]): (string | undefined)[] {
  // (« Association « Les Bruyères » – Centre social du Pays de Figeac » written so in the
  // parties too: the dash is inside the partner's own name)
  const before = ctx.lines
    .slice(0, Math.max(0, (cues[0] ?? 0) - 4))
    .map(keyOf)
    .join(' ');
  const found = cues.map((cue) => {
    for (let k = Math.max(0, cue - 4); k <= cue + 6 && k < ctx.lines.length; k++) {
      const m = PARTNER_FIELD.exec((ctx.lines[k] ?? '').trim());
      if (!m) continue;
      const tail = m[2]!.trim().replace(/[\s.;]+$/, '');
      if (before.includes(keyOf(`${m[1]!} ${tail}`))) return undefined;
      return { head: keyOf(m[1]!), tail };
    }
    return undefined;
  });
  const heads = new Set(found.map((f) => f?.head));
  const tails = new Set(found.map((f) => f?.tail));
  const distinct = found.every(Boolean) && heads.size === 1 && tails.size === found.length;
  return found.map((f) =>
    f && ((distinct && found.length > 1) || SITE_WORDS.test(f.tail)) ? f.tail : undefined,
  );
}
