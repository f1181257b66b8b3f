/**
 * The parties written as forms: a heading per party (« LA CAF », « LE PARTENAIRE »,
 * « Identification du partenaire ») followed by « key : value » lines (« Dénomination : »,
 * « Raison sociale : », « Adresse du siège : », « Représentant : Monsieur X », « Qualité du
 * représentant : … », « Statut juridique : … »). Only the labels below are read; a label
 * left empty is a blank, never the next line.
 */
import type { PartnerKind } from '../types';
import {
  CIVILITY,
  findEmails,
  findPhones,
  fixAcronyms,
  isPlaceholder,
  labelledField,
  looksLikePersonName,
  parsePerson,
} from '../text-tools';
import { foldLoose } from './anchors';
import type { Candidate, Ctx, Party } from './context';
import { isHeadingLine } from './paragraphs';
import { withoutDeterminer } from './party-text';

export interface FormParties {
  cafName: Candidate<string>[];
  cafAddress: Candidate<string>[];
  directorName: Candidate<string>[];
  directorTitle: Candidate<string>[];
  partnerName: Candidate<string>[];
  partnerAddress: Candidate<string>[];
  repName: Candidate<string>[];
  repTitle: Candidate<string>[];
  partnerEmail: Candidate<string>[];
  partnerPhone: Candidate<string>[];
  /** « Statut juridique : Établissement public de santé ». */
  partnerStatus: Candidate<string>[];
  /** Lines read as the CAF's side (a SIRET there is not the partner's). */
  cafSide: Set<number>;
}

// a section number, « I. », « A) » may come first; « : » may end it
const NUMBERING = String.raw`^(?:(?:\d+(?:\.\d+)*|[ivx]+|[a-d])\s*[.)–-]?\s+)?`;
const CAF_HEAD = new RegExp(
  `${NUMBERING}(?:(?:identification|designation|coordonnees)\\s+de\\s+)?(?:la\\s+)?(?:caf|caisse(?: d'allocations familiales)?)(?:\\s*\\(\\s*caf\\s*\\))?\\s*:?$`,
);
const PARTNER_HEAD = new RegExp(
  `${NUMBERING}(?:(?:identification|designation|coordonnees)\\s+(?:du|de la|de l')\\s*)?(?:(?:le\\s+)?partenaire|(?:la\\s+)?structure(?:\\s+partenaire)?|(?:l'\\s*)?organisme(?:\\s+partenaire)?)\\s*:?$`,
);

// « I. Identification des parties », « Les parties signataires »: both forms follow, each
// opened by its name field
const BOTH_HEAD = new RegExp(
  `${NUMBERING}(?:(?:identification|designation|coordonnees|presentation)\\s+)?(?:des|les)\\s+parties(?:\\s+(?:signataires|contractantes|a la convention))?\\s*:?$`,
);

/**
 * The party a heading line opens (« LA CAF », « 1.2 Le partenaire : »), or 'both' for a
 * heading over both parties' forms.
 */
export function partyHeading(line: string): Party | 'both' | undefined {
  if (!line || line.length > 70) return undefined;
  const f = foldLoose(line).replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  if (CAF_HEAD.test(f)) return 'caf';
  if (PARTNER_HEAD.test(f)) return 'partner';
  if (BOTH_HEAD.test(f)) return 'both';
  return undefined;
}

/** The party a form's name field names: the Caf by its own name, any other body the partner. */
function namedParty(value: string): Party {
  return /\bcaisse d'allocations familiales\b|^(?:la\s+)?caf\b/.test(
    foldLoose(value).replace(/[’`]/g, "'"),
  )
    ? 'caf'
    : 'partner';
}

const OPENER =
  /^(?:d'une part|(?:et\s*,?\s*)?d'autre part|entre(?:\s*,?\s*d'une part)?|et)\s*[,:]?$/;

/**
 * « D'une part, » / « D'autre part, » then a form: the party the form's own name says (the
 * Caf or not), since either may come first.
 */
function openedParty(lines: readonly string[], i: number): Party | undefined {
  if (
    !OPENER.test(
      foldLoose(lines[i] ?? '')
        .replace(/[’`]/g, "'")
        .trim(),
    )
  )
    return undefined;
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    const line = lines[j] ?? '';
    if (!line) continue;
    const field = formField(line);
    if (field?.key !== 'name' || !field.value) return undefined;
    return namedParty(field.value);
  }
  return undefined;
}

type Key = 'name' | 'address' | 'rep' | 'title' | 'status' | 'email' | 'phone';
const KEYS: [Key, RegExp][] = [
  // (a bare « Nom : » names a person in a contacts annex: not a party's name)
  [
    'name',
    /^(?:denomination(?: sociale)?|raison sociale|nom (?:de la structure|de l'organisme|du partenaire|de la caf)|designation|organisme|(?:etablissement|structure|organisme|collectivite) partenaire|partenaire)$/,
  ],
  [
    'address',
    /^(?:adresse(?: du siege(?: social)?| postale| de la structure)?|siege(?: social)?)$/,
  ],
  [
    'rep',
    /^(?:representant(?:e)?(?: legal(?:e)?)?|represente(?:e)?(?:\(e\))? par|signataire|nom du (?:representant|signataire))$/,
  ],
  [
    'title',
    /^(?:qualite(?: du (?:representant|signataire))?|fonction(?: du (?:representant|signataire))?|titre)$/,
  ],
  [
    'status',
    /^(?:statut(?: juridique)?|forme juridique|nature juridique|categorie(?: juridique)?|type de (?:structure|partenaire))$/,
  ],
  [
    'email',
    /^(?:mel|mail|courriel|e-?mail|adresse (?:electronique|mail|mel|e-?mail|courriel|de messagerie))$/,
  ],
  ['phone', /^(?:tel\.?|telephone)$/],
];

/**
 * A form's representative: « Monsieur Jean LE BRAS » is a name whole (the field holds a
 * person; « LE » in capitals is part of the name); « M. Luc DUBOS, Directeur » a name and a title.
 */
export function formPerson(value: string): { name?: string; title?: string } {
  const t = value.replace(CIVILITY, '').trim();
  const comma = t.indexOf(',');
  const name = (comma >= 0 ? t.slice(0, comma) : t).trim();
  if (!looksLikePersonName(name)) return parsePerson(value);
  const title =
    comma >= 0
      ? t
          .slice(comma + 1)
          .replace(/^[\s,]*(?:son|sa|le|la)\s+/i, '')
          .trim()
      : '';
  return { name, ...(title ? { title } : {}) };
}

/**
 * « Raison sociale : X » → ['name', 'X']; a label with no value gives ''. A Word or PDF table of
 * label and value cells (« Raison sociale ⇥ X ») is the same form.
 */
export function formField(
  line: string,
): { key: Key; value: string; partner?: boolean } | undefined {
  const m = labelledField(line);
  // (« Dénomination ⇥ Caisse … ⇥ Département des Vosges »: a row of a grid of both parties,
  // whose columns parties-columns.ts reads, not one party's field)
  if (!m || m.value.trim().includes('\t')) return undefined;
  const label = foldLoose(m.label)
    .replace(/[’`]/g, "'")
    .replace(/^(?:n\s?°|no\.?(?=\s))\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const hit = KEYS.find(([, re]) => re.test(label));
  if (!hit) return undefined;
  // (« Partenaire : X », « Établissement partenaire : X »: the label says whose name it is)
  const partnerLabel = hit[0] === 'name' && /partenaire/.test(label);
  return { key: hit[0], value: m.value.trim(), ...(partnerLabel ? { partner: true } : {}) };
}

/** « Jean DUPONT », « Marie-Anne LE GALL »: given names, then a family name in capitals. */
const PERSON_SHAPE = /^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}{2,}[\p{Lu}'’ -]*$/u;

export function formParties(ctx: Ctx): FormParties {
  const out: FormParties = {
    cafName: [],
    cafAddress: [],
    directorName: [],
    directorTitle: [],
    partnerName: [],
    partnerAddress: [],
    repName: [],
    repTitle: [],
    partnerEmail: [],
    partnerPhone: [],
    partnerStatus: [],
    cafSide: new Set(),
  };
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    const heading = partyHeading(lines[i] ?? '') ?? openedParty(lines, i);
    if (!heading) continue;
    let party = heading === 'both' ? undefined : heading;
    let read = 0;
    // what the block says, kept only when it names its party (a name or a representative):
    // a contacts annex under a « LA CAF » heading is no party form
    const found: { list: Candidate<string>[]; c: Candidate<string> }[] = [];
    const side = new Set<number>();
    let names = false;
    /** Unlabelled lines before the first field: the party's name, then its address. */
    const lead: { text: string; index: number }[] = [];
    const keys = new Set<Key>();
    let j = i + 1;
    for (; j < lines.length && j < i + 25; j++) {
      const line = lines[j] ?? '';
      if (!line) {
        if (lead.length && !read) lead.length = 0;
        continue;
      }
      if (partyHeading(line) || isHeadingLine(line)) break;
      const field = formField(line);
      if (!field) {
        // another field of the form (« Service concerné : … »): read on; a form's fields are
        // all labelled, so a sentence after them ends it
        if (read > 0 && /^[^:\t]{2,40}?\s*(?::(?:\s|$)|\t)/.test(line) && !/[.;]$/.test(line))
          continue;
        if (read > 0) break;
        if (lead.length < 4 && line.length <= 100 && !/[.;:]$|\t|@/.test(line))
          lead.push({ text: line, index: j });
        continue;
      }
      keys.add(field.key);
      read++;
      if (heading === 'both' && field.key === 'name' && field.value)
        party = field.partner ? 'partner' : namedParty(field.value);
      // a partner's name under a Caf's heading: no form of the Caf (a letterhead, then the
      // document's « Partenaire : X » line)
      else if (party === 'caf' && field.partner) break;
      if (!party) continue;
      if (party === 'caf') side.add(j);
      const value = field.value.replace(/[\s,;.]+$/, '');
      if (!value || isPlaceholder(value)) continue;
      const c = (v: string): Candidate<string> => ({
        value: v,
        index: j,
        confidence: 'high',
        party,
      });
      const push = (list: Candidate<string>[], v: string) => found.push({ list, c: c(v) });
      if (field.key === 'name' || field.key === 'rep') names = true;
      switch (field.key) {
        case 'name': {
          const name = withoutDeterminer(fixAcronyms(value));
          if (/\p{L}{2}/u.test(name)) push(party === 'caf' ? out.cafName : out.partnerName, name);
          break;
        }
        case 'address':
          push(party === 'caf' ? out.cafAddress : out.partnerAddress, value);
          break;
        case 'rep': {
          const p = formPerson(value);
          if (p.name) push(party === 'caf' ? out.directorName : out.repName, p.name);
          if (p.title) push(party === 'caf' ? out.directorTitle : out.repTitle, p.title);
          break;
        }
        case 'title':
          push(
            party === 'caf' ? out.directorTitle : out.repTitle,
            value.replace(/^(?:son|sa|le|la)\s+/i, ''),
          );
          break;
        case 'status':
          if (party === 'partner') push(out.partnerStatus, value);
          break;
        case 'email': {
          const e = findEmails(value)[0];
          if (e && party === 'partner') push(out.partnerEmail, e);
          break;
        }
        case 'phone': {
          const p = findPhones(value)[0];
          if (p && party === 'partner') push(out.partnerPhone, p);
          break;
        }
      }
    }
    // « La Caf » / « Caisse d'Allocations … » / « 2 place de la Pergola » / « 95018 Cergy » /
    // « Représentée par : … »: a Word cell's paragraphs, the name and address unlabelled
    if (names && party && heading !== 'both' && lead.length && !keys.has('name')) {
      const [first, ...rest] = lead;
      const name = withoutDeterminer(fixAcronyms(first!.text));
      const c = (value: string, index: number): Candidate<string> => ({
        value,
        index,
        confidence: 'medium',
        party,
      });
      // (a person's name — « M. X », « Jean DUPONT » — is no party's name)
      if (/\p{L}{3}/u.test(name) && !CIVILITY.test(name) && !PERSON_SHAPE.test(name))
        found.push({
          list: party === 'caf' ? out.cafName : out.partnerName,
          c: c(name, first!.index),
        });
      if (rest.length && !keys.has('address') && rest.some((l) => /\d/.test(l.text)))
        found.push({
          list: party === 'caf' ? out.cafAddress : out.partnerAddress,
          c: c(rest.map((l) => l.text).join(', '), rest[0]!.index),
        });
      if (party === 'caf') lead.forEach((l) => side.add(l.index));
    }
    if (names) {
      for (const f of found) f.list.push(f.c);
      side.forEach((k) => out.cafSide.add(k));
    }
    i = j - 1;
  }
  return out;
}

const OTHER_KIND =
  /\b(?:etablissement public de sante|centre hospitalier(?: universitaire| regional)?|hopital|hopitaux|c\.?h\.?u\.?|departement|conseil departemental|collectivite (?:territoriale|europeenne)|association|fondation|groupement d'interet public|gip|caisse primaire|cpam|mutualite sociale agricole|msa|udaf|office public (?:de l'|d')habitat|oph|s\.?a\.? d'hlm|societe anonyme d'hlm|entreprise sociale pour l'habitat|bailleur social|ehpad|chrs|centre d'hebergement|conseil general|mission locale|france travail|pole emploi|carsat)\b/;

/**
 * A partner that is neither a CCAS, a commune nor an EPCI (a hospital, a Département, an
 * association): « autre », read from its name or its legal status.
 */
export function otherPartnerKind(text: string): PartnerKind | undefined {
  return OTHER_KIND.test(foldLoose(text)) ? 'autre' : undefined;
}
