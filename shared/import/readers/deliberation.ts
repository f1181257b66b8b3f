/**
 * The council's deliberation: which body (conseil municipal, conseil d'administration du
 * CCAS…), the date of the séance, its number. The prefecture act id is read anywhere (see
 * identifiers.ts) and attached here.
 */
import { findDateTolerant } from '../dates';
import { findEmails, findPhones, fold } from '../text-tools';
import type {
  BulletinValue,
  ContactValue,
  ConventionExtraction,
  Extracted,
  QuotaValue,
} from '../types';
import { at, type Candidate, type Ctx } from './context';
import { bodyAt, citedDeliberation } from './deliberation-cited';
import { labelledDeliberation } from './deliberation-fields';
import { lineOf, softLine } from './paragraphs';
import type { Block } from './segmentation';

export function deliberation(ctx: Ctx, blocks: Block[]): ConventionExtraction['deliberation'] {
  const result = ownDeliberation(ctx, blocks);
  // what the deliberation's own text did not give, from the sentence that cites it
  if (result.body && result.date && result.number) return result;
  const own = blocks.filter((b) => b.kind === 'deliberation');
  const outside = (i: number) => !own.some((b) => b.start <= i && i < b.end);
  // a labelled field (« Date de la délibération ⇥ … ») before a sentence that cites it
  for (const found of [labelledDeliberation(ctx, outside), citedDeliberation(ctx, outside)])
    for (const k of ['body', 'date', 'number'] as const) {
      const v = found[k];
      if (!result[k] && v) result[k] = v;
    }
  return result;
}

function ownDeliberation(ctx: Ctx, blocks: Block[]): ConventionExtraction['deliberation'] {
  const own = blocks.filter((b) => b.kind === 'deliberation');
  if (!own.length) return {};
  const result: ConventionExtraction['deliberation'] = {};
  // a deliberation may open twice (the register's title, then « Délibération n° … » lower down):
  // its blocks are read as one
  const block = {
    start: Math.min(...own.map((b) => b.start)),
    end: Math.max(...own.map((b) => b.end)),
  };
  const region = ctx.lines.slice(block.start, block.end).join(' ');
  for (let i = block.start; i < block.end; i++) {
    const line = ctx.lines[i] ?? '';
    if (!result.body) {
      if (/conseil d'administration/i.test(line)) {
        const of = /\bCIAS\b|intercommunal d'action sociale/i.test(region)
          ? ' du CIAS'
          : /\bCCAS\b|centre communal d'action sociale/i.test(region)
            ? ' du CCAS'
            : '';
        result.body = at(ctx, i, `Conseil d'administration${of}`, 'high');
      } else if (/conseil municipal/i.test(line))
        result.body = at(ctx, i, 'Conseil municipal', 'high');
      else if (/conseil communautaire/i.test(line))
        result.body = at(ctx, i, 'Conseil communautaire', 'high');
      else if (/bureau communautaire/i.test(line))
        result.body = at(ctx, i, 'Bureau communautaire', 'high');
      else {
        // « … DE LA COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL », « le Comité syndical »
        const f = fold(line);
        const k = f.search(/commission permanente|conseil metropolitain|comite syndical/);
        const body = k >= 0 ? bodyAt(f.slice(k)) : undefined;
        if (body) result.body = at(ctx, i, body.name, 'high');
      }
    }
    if (!result.date && line) {
      const soft = softLine(ctx.lines, ctx.paragraphs, i).text;
      const seance =
        /(?:s[ée]ance|r[ée]union) (?:du|en date du)\s+(.*)$/i.exec(soft) ??
        /\br[ée]uni(?:e|s|es)? (?:le|en date du)\s+(.*)$/i.exec(soft) ??
        /date de la d[ée]lib[ée]ration\s*:?\s*(.*)$/i.exec(soft);
      const date = seance ? findDateTolerant(seance[1] ?? '') : undefined;
      if (date) result.date = at(ctx, i, date.iso, 'high', undefined, date.corrected);
    }
    // (« Vu la délibération n° 2020-31 du … »: an earlier deliberation the text cites)
    if (!result.number && !/^\s*(?:vu|consid[ée]rant)\b/i.test(line)) {
      // « Délibération n° 2023-41 », « Délibération n° CP 2024-05-112 » (a prefix of capitals)
      const labelled =
        /(?:d[ée]lib[ée]ration|^\s*d[ée]cision)\s+n\s*(?:[°º*o]|0(?=\s))\s*:?\s*((?:[A-Z]{1,4}\s(?=\d))?[A-Z0-9][\w./-]*\d[\w./-]*)/i.exec(
          line,
        ) ??
        // (« Délibération DEL-CIAS-2023-31 » alone on its line: no « n° »)
        /^\s*[Dd][ée]lib[ée]ration\s+([A-Z][A-Z0-9]*[-_/][\w./-]*\d[\w./-]*)\s*$/.exec(line);
      const bare = /convention|siret|\bloi\b|r[èe]glement|d[ée]cret|article/i.test(line)
        ? null
        : // (« n 0 10.2023 »: OCR read the « ° » as a zero)
          /^\s*n\s*(?:[°º*o]|0(?=\s))\s*:?\s*([A-Z0-9][\w./-]*\d[\w./-]*)\s*$/i.exec(line);
      const n = labelled ?? bare;
      if (n?.[1]) result.number = at(ctx, i, n[1].replace(/[.-]+$/, ''), 'high');
    }
  }
  return result;
}

/** Lines of a letterhead that do not name the author (« République française », « Département de … »). */
const LETTERHEAD_NOISE =
  /^(r[ée]publique fran[çc]aise|libert[ée]|d[ée]partement|arrondissement|canton|pr[ée]fecture|extrait|registre|d[ée]lib[ée]ration|s[ée]ance|conseil|t[ée]l[ée]?(phone)?\b|t[ée]l\.|fax|courriel|m[ée]l\b|www\.|https?:)/i;
/** The name of a local authority or of its social action centre (a partner). */
const PARTNER_NAME =
  /^(?:(?:la |le |l')?(?:commune|ville|mairie|centre (?:inter)?communal d.action sociale|c\.?c\.?a\.?s\.?|c\.?i\.?a\.?s\.?|communaut[ée] (?:de communes|d.agglom[ée]ration|urbaine)|m[ée]tropole|syndicat intercommunal)\b)/i;
const POSTCODE = /\b\d{5}\b\s+\p{L}/u;

export interface DeliberationParties {
  cafName: Candidate<string>[];
  partnerName: Candidate<string>[];
  partnerAddress: Candidate<string>[];
  partnerPhone: Candidate<string>[];
}

/**
 * A deliberation alone (no convention with it): the partner is the authority whose letterhead
 * heads the deliberation (its name, then its address and phone on the next lines), the CAF is
 * named in the text (« … avec la Caisse d'allocations familiales du Bas-Rhin »). Read only
 * above the deliberation's first title (the letterhead) and, for the CAF, in its sentences.
 */
export function deliberationParties(ctx: Ctx, blocks: Block[]): DeliberationParties {
  const out: DeliberationParties = {
    cafName: [],
    partnerName: [],
    partnerAddress: [],
    partnerPhone: [],
  };
  if (!blocks.length || blocks.some((b) => b.kind !== 'deliberation')) return out;
  const head = Math.min(...blocks.map((b) => b.cue));
  for (let i = 0; i < head; i++) {
    const line = (ctx.lines[i] ?? '').trim();
    if (!line || LETTERHEAD_NOISE.test(line) || !PARTNER_NAME.test(line)) continue;
    out.partnerName.push({
      value: line.replace(/[\s,;]+$/, ''),
      index: i,
      confidence: 'medium',
      note: 'Lu dans l’en-tête de la délibération : vérifiez.',
    });
    // the address: the next lines up to the one with a postcode (street and town may be apart)
    const parts: string[] = [];
    for (let k = i + 1; k < Math.min(head, i + 4); k++) {
      const next = (ctx.lines[k] ?? '').trim();
      if (!next) break;
      if (/^t[ée]l/i.test(next) || findPhones(next).length) {
        const phone = findPhones(next)[0];
        if (phone) out.partnerPhone.push({ value: phone, index: k, confidence: 'medium' });
        break;
      }
      if (LETTERHEAD_NOISE.test(next) || /@/.test(next)) break;
      parts.push(next);
      if (POSTCODE.test(next)) {
        out.partnerAddress.push({
          value: parts.join(' '),
          index: k - parts.length + 1,
          confidence: 'medium',
        });
        const tel = (ctx.lines[k + 1] ?? '').trim();
        const phone = /^t[ée]l/i.test(tel) ? findPhones(tel)[0] : undefined;
        if (phone) out.partnerPhone.push({ value: phone, index: k + 1, confidence: 'medium' });
        break;
      }
    }
    break;
  }
  // the CAF: the first « Caisse d'allocations familiales de … » written in lower case (a title in
  // capitals is used only when the text has no other)
  const found: Candidate<string>[] = [];
  for (const p of ctx.paragraphs.list) {
    for (const m of p.text.matchAll(/\bcaisse d.allocations familiales\s+/giu)) {
      const rest = p.text.slice(m.index + m[0].length);
      const dept =
        /^(?:de la |de l'|de l’|du |des |de |d'|d’|DE LA |DE L'|DU |DES |DE |D')\s*[A-ZÀ-Þ][\p{L}]*(?:-\p{L}+)*(?:\s+(?:et\s+)?[A-ZÀ-Þ][\p{L}]*(?:-\p{L}+)*)*/u.exec(
          rest,
        );
      if (dept)
        found.push({
          value: `${m[0]}${dept[0]}`.replace(/\s+/g, ' ').trim(),
          index: lineOf(p, m.index),
          confidence: 'medium',
        });
    }
  }
  const first =
    found.find((c) =>
      /\p{Ll}/u.test(c.value.replace(/^caisse d.allocations familiales\s+/iu, '')),
    ) ?? found[0];
  if (first) out.cafName.push(first);
  return out;
}

/** « DÉCIDE d'opter pour la gestion déléguée », « choisit le mode de gestion centralisée ». */
export function deliberationMode(ctx: Ctx, blocks: Block[]): Candidate<'délégué' | 'centralisé'>[] {
  if (!blocks.some((b) => b.kind === 'deliberation')) return [];
  const out: Candidate<'délégué' | 'centralisé'>[] = [];
  for (const p of ctx.paragraphs.list) {
    const t = fold(p.text);
    const m =
      /\b(?:decide|decident|opte|opter|choisit|choisir|retient|retenir|adopte)\b[^.;]{0,60}?\b(?:mode de )?gestion\s+(deleguee?|centralisee?)\b/.exec(
        t,
      );
    if (m?.[1])
      out.push({
        value: m[1].startsWith('d') ? 'délégué' : 'centralisé',
        index: lineOf(p, m.index),
        confidence: 'medium',
      });
  }
  return out;
}

/**
 * Quotas a deliberation writes in a sentence (« … à 2 pour le profil T1 et à 3 pour le profil
 * T13 »), for the one service it names: a bulletin with those quotas.
 */
export function deliberationBulletin(
  ctx: Ctx,
  blocks: Block[],
): Extracted<BulletinValue> | undefined {
  if (!blocks.length || blocks.some((b) => b.kind !== 'deliberation')) return undefined;
  for (const p of ctx.paragraphs.list) {
    const quotas: Extracted<QuotaValue>[] = [];
    for (const m of p.text.matchAll(
      /(?<!\p{L})(?:à|a)\s+(\d{1,3})\s+(?:habilitations?\s+|utilisateurs?\s+|agents?\s+)?pour\s+le\s+profil\s+(T\s?\d{1,2})\b/giu,
    )) {
      const code = m[2]!.replace(/\s/g, '').toUpperCase();
      quotas.push(at(ctx, lineOf(p, m.index), { profileCode: code, max: Number(m[1]) }, 'medium'));
    }
    if (!quotas.length) continue;
    const services = new Set(
      [...fold(p.text).matchAll(/\b(cdap|aides? financieres? d.action sociale|afas)\b/g)].map(
        (m) => (m[1] === 'cdap' ? 'CDAP' : 'AFAS'),
      ),
    );
    if (services.size !== 1) continue;
    const serviceCode = [...services][0]!;
    return at(
      ctx,
      p.lines[0]!,
      { serviceCode, quotas },
      'medium',
      'Quotas lus dans le texte de la délibération : vérifiez.',
    );
  }
  return undefined;
}

const CIVILITY_MENTION =
  /\b(?:M\.|Mme|Mlle|Madame|Monsieur|Mademoiselle)\s+([A-ZÀ-Þ][\p{L}'-]*(?:\s+(?:de |du |le |la |d')?[A-ZÀ-Þ][\p{L}'-]*){0,3})/gu;

/**
 * The administrators a deliberation alone names in its body (« DÉSIGNE Mme Sabine KLEIN, …,
 * en qualité d'administratrice, et M. Thomas MEYER, …, en qualité d'administrateur
 * suppléant »): each person of the sentence with the role written after their name, and an
 * e-mail written there. A person with no role after the name is not taken.
 */
export function deliberationContacts(ctx: Ctx, blocks: Block[]): Extracted<ContactValue>[] {
  if (!blocks.length || blocks.some((b) => b.kind !== 'deliberation')) return [];
  const out: Extracted<ContactValue>[] = [];
  for (const p of ctx.paragraphs.list) {
    if (!/\bdesign(?:e|ent)\b/.test(fold(p.text))) continue;
    const people = [...p.text.matchAll(CIVILITY_MENTION)];
    people.forEach((m, k) => {
      const segment = p.text.slice(m.index + m[0].length, people[k + 1]?.index ?? p.text.length);
      const role =
        /(?:en qualit[ée] d.|comme\s+|,\s*)administrat(?:eur|rice)(\s+suppl[ée]ante?|\s+titulaire)?\b/iu.exec(
          segment,
        );
      if (!role) return;
      const value: ContactValue = {
        side: 'partner',
        role: role[1] && /suppl/i.test(role[1]) ? 'administrateur-suppleant' : 'administrateur',
        name: m[1]!.trim(),
        phones: findPhones(segment),
      };
      const email = findEmails(segment)[0];
      if (email) value.email = email;
      out.push(
        at(
          ctx,
          lineOf(p, m.index),
          value,
          'medium',
          'Lu dans le texte de la délibération : vérifiez.',
        ),
      );
    });
    if (out.length) break;
  }
  return out;
}
