/** The role labels of a contacts table (« Administrateur », « Délégué à la protection des données »…). */
import type { ContactRole } from '../../domain/schemas/vocabulary';
import { findAnchor } from './anchors';

export const ROLE_PHRASES: { role: ContactRole; phrases: string[] }[] = [
  {
    role: 'administrateur-suppleant',
    phrases: [
      'administrateur suppleant',
      'administratrice suppleante',
      'gestionnaire suppleant',
      'suppleant de l administrateur',
      'correspondant cafpro suppleant',
      'correspondant suppleant',
      'suppleant',
      'suppleante',
    ],
  },
  {
    role: 'administrateur',
    phrases: [
      'administrateur mon compte partenaire',
      'administrateur principal',
      'administrateur local',
      'administratrice locale',
      'administratrice principale',
      'administrateurs locaux',
      'gestionnaire principal des habilitations',
      'gestionnaire principal',
      // (the Cafpro-era name of the administrator: « Correspondant Cafpro titulaire »)
      'correspondant cafpro titulaire',
      'correspondant cafpro',
      'correspondant titulaire',
      'correspondant mon compte partenaire',
      'gestionnaire des habilitations',
      'administrateurs',
      'administrateur',
      'administratrice',
    ],
  },
  {
    role: 'responsable-mcp',
    phrases: [
      'responsable mon compte partenaire',
      'responsable de mon compte partenaire',
      'referent mon compte partenaire',
      'referent de mon compte partenaire',
      'responsable mcp',
      'resp mon compte partenaire',
      'resp mcp',
      'referent mcp',
      // (the portal's former name, in conventions before 2016)
      'responsable cafpro',
      'referent cafpro',
    ],
  },
  {
    role: 'responsable-securite',
    phrases: [
      'responsable de la securite des systemes d information',
      'responsable securite des systemes d information',
      'responsable de la securite',
      'responsable securite',
      // (a table's narrow column: « Resp. sécurité »)
      'resp securite',
      // (older models: « Correspondant sécurité », « Référent sécurité »)
      'correspondant securite',
      'referent securite',
      'rssi',
    ],
  },
  {
    role: 'responsable-informatique',
    phrases: [
      'responsable du service informatique',
      'responsable informatique',
      'directeur des systemes d information',
      'dsi',
    ],
  },
  {
    role: 'dpo',
    phrases: [
      'delegue a la protection des donnees ou referent informatique et libertes',
      'delegue a la protection des donnees personnelles',
      'delegue a la protection des donnees (dpo)',
      'delegue a la protection des donnees',
      'deleguee a la protection des donnees',
      'referent informatique et libertes',
      'correspondant informatique et libertes',
      'correspondant rgpd',
      'referent rgpd',
      'delegue rgpd',
      'dpo',
      'dpd',
      'cil',
    ],
  },
  {
    role: 'guichet-unique',
    phrases: [
      'guichet unique du centre de services caf',
      'guichet unique du centre de services',
      'guichet unique',
      'centre de services caf',
      'centre de services',
    ],
  },
];

export interface RoleHit {
  role: ContactRole;
  /** Index in the text just after the label. */
  end: number;
  corrected: boolean;
}

/** The role label starting `text` (the longest one), if any. */
export function roleLabel(text: string): RoleHit | undefined {
  let best: RoleHit | undefined;
  let bestLength = -1;
  for (const { role, phrases } of ROLE_PHRASES) {
    for (const phrase of phrases) {
      const short = phrase.length <= 4;
      const hit = findAnchor(text, phrase, { atStart: true, ...(short ? { budget: 0 } : {}) });
      if (!hit) continue;
      let end = hit.end;
      // plural or feminine endings; then the label must end at a word boundary
      const tail = /^(?:e?s|e)(?![\p{L}])/u.exec(text.slice(end));
      if (tail) end += tail[0].length;
      // the label ends at a word boundary, not inside an e-mail (« rssi.caf29@… », « dpo@… »)
      if (/^[\p{L}\d.@_-]/u.test(text.slice(end))) continue;
      const length = phrase.length - (hit.distance > 0 ? 0.5 : 0);
      // (a longer phrase read with a correction over the same words as an exact one,
      // « administrateur local » over « Administrateur », says nothing more: the exact one)
      const sameSpan = !!best && best.end === end;
      if (sameSpan ? best!.corrected && !hit.corrected : length > bestLength) {
        best = { role, end, corrected: hit.corrected };
        bestLength = length;
      }
    }
  }
  return best;
}

export interface RolesHit extends RoleHit {
  /** Further roles the same label gives the same person (« Responsable sécurité et DPO »). */
  also: ContactRole[];
  /** The side the label names after it (« Administrateur (Caf) », « DPO – partenaire »). */
  side?: 'caf' | 'partner';
}

/**
 * « (Caf) », « (partenaire) » anywhere, « – Caf », « côté partenaire » ending the text: a side
 * right after a role label (« RSSI – Ville de Vierzon » names a body, no side word alone).
 */
// (« Administrateur (établissement) »: a hospital's or an association's own word for itself)
const SIDE_AFTER =
  /^\s*(?:[([]\s*(caf|partenaire|ccas|cias|commune|ville|mairie|epci|collectivit[ée]|structure|[ée]tablissement|organisme|association)\s*[)\]]|(?:[–—-]\s*|,\s*|(?:c[ôo]t[ée]|pour\s+l[ae]|chez\s+l[ae]|de\s+la|du)\s+)(caf|partenaire|ccas|cias|commune|ville|mairie|epci|collectivit[ée]|structure)\s*$)/iu;

/**
 * The role labels starting `text`, several when joined by « et », « / », « & » or a comma
 * (« Responsable sécurité et déléguée à la protection des données », « RSSI / DPO »): one
 * person holding each role. Then a side in brackets or after a dash, if any.
 */
export function roleLabels(text: string): RolesHit | undefined {
  const first = roleLabel(text) ?? bracketedRole(text);
  if (!first) return undefined;
  const also: ContactRole[] = [];
  let end = first.end;
  let corrected = first.corrected;
  for (;;) {
    // (« Administrateur ; Responsable « Mon Compte Partenaire » »: a cell listing roles)
    const join = /^\s*["»”]?\s*(?:et|\/|&|\+|,|;)\s*(?:(?:de|du|la|le|l'|l’)\s*)?/i.exec(
      text.slice(end),
    );
    if (!join || !join[0].trim()) break;
    const next = roleLabel(text.slice(end + join[0].length));
    // (« Administrateur et suppléant »: two persons' roles, never one person's)
    const pair = new Set([first.role, next?.role]);
    if (!next || (pair.has('administrateur') && pair.has('administrateur-suppleant'))) break;
    if (next.role !== first.role && !also.includes(next.role)) also.push(next.role);
    end += join[0].length + next.end;
    corrected ||= next.corrected;
  }
  // (« Responsable sécurité (RSSI) et DPO »: a bracketed acronym of the first label)
  const side = SIDE_AFTER.exec(text.slice(end));
  const word = side?.[1] ?? side?.[2];
  const named = word ? (/^caf$/i.test(word) ? ('caf' as const) : ('partner' as const)) : undefined;
  return {
    role: first.role,
    end: side ? end + side[0].length : end,
    corrected,
    also,
    ...(named ? { side: named } : {}),
  };
}

/**
 * « Correspondant Cdap (administrateur) »: an older model's label whose role is the word in
 * brackets after a few words naming the correspondent; the whole label is consumed.
 */
function bracketedRole(text: string): ReturnType<typeof roleLabel> {
  const m = /^(?:correspondant|r[ée]f[ée]rent|interlocuteur)\b[^()]{0,30}\(([^()]{3,40})\)/i.exec(
    text,
  );
  if (!m) return undefined;
  const inner = roleLabel(m[1]!.trim());
  if (!inner || m[1]!.trim().slice(inner.end).trim()) return undefined;
  return { ...inner, end: m[0].length };
}
