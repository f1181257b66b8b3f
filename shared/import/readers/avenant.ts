/**
 * An avenant to a convention (conv. art. 17.3): its own « Fait à … le … » dates the avenant,
 * never the convention, whose date is the one the avenant cites (« Vu la convention … n° X
 * signée le 14 mars 2018 », « AVENANT N° 2 À LA CONVENTION … N° X DU 14 OCTOBRE 2018 »,
 * « Par convention du 14 octobre 2018 »); the contacts it sets are in a table introduced by
 * a sentence (« Le tableau « Les interlocuteurs chez le partenaire » de l'annexe 1 est remplacé
 * par le tableau suivant : »), read as the contacts annex it replaces.
 */
import { findFrenchDate } from '../dates';
import { fold } from '../text-tools';
import type { BulletinValue, ContactValue, EscalationValue, Extracted } from '../types';
import { findAnchor } from './anchors';
import { parseServiceTail } from './bulletin-headings';
import { isQuotaHeader, quotaRows } from './bulletin-quota-table';
import { at, type Candidate, type Ctx, makeCtx, unread } from './context';
import { contactsAnnex } from './contacts';
import { escalationList } from './contrat-escalation';
import { isHeadingLine, lineOf } from './paragraphs';
import type { Block } from './segmentation';

export const hasAvenant = (blocks: readonly Block[]) => blocks.some((b) => b.kind === 'avenant');

/** After « convention »: the words that introduce its own date (not an avenant's, not a contrat's). */
const DATE_CUE =
  /^[^.;]{0,140}?\b(?:(?:signee|conclue|passee)\s+le|en date du|n\s*[°o]\s*[\w/.-]*\d[\w/.-]*\s+du)\s+/;

/**
 * The date of the convention an avenant amends, from the sentences that cite it; read only
 * when the text holds an avenant (elsewhere the convention's own signature dates it).
 */
export function citedConventionDate(ctx: Ctx, blocks: readonly Block[]): Candidate<string>[] {
  if (!hasAvenant(blocks)) return [];
  const note = 'Date de la convention citée par l’avenant : vérifiez.';
  const out: Candidate<string>[] = [];
  for (const p of ctx.paragraphs.list) {
    const f = fold(p.text);
    if (f.length !== p.text.length) continue;
    for (const m of f.matchAll(/\bconvention\b/g)) {
      const after = f.slice(m.index + m[0].length);
      // « par convention du 14 octobre 2018 »
      const by = /^\s+(?:du|en date du)\s+/.exec(after);
      const said = by && /\bpar\s+$/.test(f.slice(0, m.index)) ? by : DATE_CUE.exec(after);
      if (!said) continue;
      const between = said[0];
      // the window stops at an avenant or a contrat named on the way (their dates are theirs)
      if (/\bavenant|\bcontrat\b|\bcafpro\b|\bannule\b/.test(between)) continue;
      const from = m.index + m[0].length + between.length;
      const date = findFrenchDate(p.text.slice(from, from + 30));
      if (!date || date.index !== 0) continue;
      out.push({ value: date.iso, index: lineOf(p, from), confidence: 'medium', note });
    }
  }
  return out;
}

/** A sentence that brings in a table of contacts (« … interlocuteurs … remplacé par le tableau suivant »). */
function introducesContacts(text: string): boolean {
  const f = fold(text);
  return (
    /\binterlocuteurs?\b/.test(f) &&
    /\btableau\b/.test(f) &&
    /\b(?:remplace|modifie|suivant|ci-dessous|ainsi redige)/.test(f)
  );
}

/** A line of a table: cells apart (tab, bar, a run of spaces) or one short cell. */
const tableRow = (line: string) =>
  line.includes('\t') ||
  line.includes('|') ||
  /\S\s{3,}\S/.test(line) ||
  (line.length <= 60 && !/[.;:]$/.test(line));

/**
 * The contacts an avenant sets in a table introduced by a sentence: the table read as the
 * contacts annex would read it, under a heading naming the side the sentence names.
 */
export function avenantContacts(ctx: Ctx, blocks: readonly Block[]): Extracted<ContactValue>[] {
  const out: Extracted<ContactValue>[] = [];
  for (const b of blocks.filter((k) => k.kind === 'avenant')) {
    for (let i = b.start; i < b.end; i++) {
      const par = ctx.paragraphs.list[ctx.paragraphs.byLine[i] ?? -1];
      if (!par || par.lines[0] !== i || !introducesContacts(par.text)) continue;
      // the side the sentence bringing the table names (not the next sentence's)
      const f = fold(par.text)
        .split(/[.;]\s/)
        .filter((t) => /\btableau\b/.test(t))
        .join(' ');
      const partner = /\b(?:chez|du) (?:le )?partenaire\b/.test(f);
      const caf = /\b(?:de la|a la|chez la) caf\b/.test(f);
      const heading =
        partner && !caf
          ? 'Les interlocuteurs chez le partenaire'
          : caf && !partner
            ? 'Les interlocuteurs de la Caf'
            : 'Les interlocuteurs';
      const rows: number[] = [];
      let k = par.lines[par.lines.length - 1]! + 1;
      for (; k < b.end; k++) {
        const line = ctx.lines[k] ?? '';
        // (a blank line may stand under the header row: a rule line the text lost)
        if (!line) {
          if (rows.length >= 2) break;
          continue;
        }
        if (isHeadingLine(line) || !tableRow(line)) break;
        rows.push(k);
      }
      if (rows.length < 2) continue;
      const order = [i, ...rows];
      const view = makeCtx([heading, ...rows.map((r) => ctx.lines[r] ?? '')]);
      for (const c of contactsAnnex(view).contacts) {
        const index = order[c.sourceLine - 1] ?? i;
        out.push({ ...c, sourceLine: index + 1, sourceText: ctx.lines[index] ?? '' });
      }
      for (const u of view.unread) unread(ctx, u.part, u.label, order[u.sourceLine - 1] ?? i);
      i = k;
    }
  }
  return out;
}

/**
 * The escalation an avenant rewrites (« L'article 3.3 du contrat de services (procédure
 * d'escalade) est ainsi rédigé : « … » », or under an article « Procédure d'escalade »): the
 * persons of the text the line brings in.
 */
export function avenantEscalation(
  ctx: Ctx,
  blocks: readonly Block[],
  contacts: Extracted<ContactValue>[],
): Extracted<EscalationValue>[] {
  const out: Extracted<EscalationValue>[] = [];
  for (const b of blocks.filter((k) => k.kind === 'avenant')) {
    for (let i = b.start; i < b.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (!/\bescalade\b/i.test(line)) continue;
      if (!isHeadingLine(line) && !/:\s*(?:[«"]\s*)?$/.test(line)) continue;
      out.push(...escalationList(ctx, i + 1, b.end, contacts));
      if (out.length) break;
    }
  }
  return out;
}

/**
 * The bulletin an avenant amends with a quota table in its own text (« Le tableau de l'article
 * 2 du bulletin d'adhésion au service Cdap est modifié comme suit : »), with no bulletin title:
 * the service the avenant names (one service only), the quotas of the table (its new column).
 */
export function avenantBulletin(
  ctx: Ctx,
  blocks: readonly Block[],
): Extracted<BulletinValue> | undefined {
  for (const b of blocks.filter((k) => k.kind === 'avenant')) {
    const header = ctx.lines.findIndex((l, i) => i >= b.start && i < b.end && isQuotaHeader(l));
    if (header < 0) continue;
    // the services the avenant names after « bulletin d'adhésion »
    const named = new Map<string, { label?: string; annex?: string }>();
    for (const p of ctx.paragraphs.list) {
      if (p.lines[0]! < b.start || p.lines[0]! >= b.end) continue;
      if (!findAnchor(p.text, "bulletin d'adhesion")) continue;
      for (const piece of p.text.split(/bulletins?\s+d['’]\s?adh[ée]sion/iu).slice(1)) {
        // « … au service Cdap (Consultation du dossier allocataire …) est modifié »: the
        // service's word and its bracket, not the rest of the sentence
        const m =
          /^\s*(?:au|aux|du)\s+services?\s+([\p{L}][\p{L}\d]{1,11})(\s*\([^)]{3,90}\))?/iu.exec(
            piece,
          );
        // (« … au service Cdap (annexe 2) »: the bracket gives the annex, not the label)
        const annex = /^\s*\(\s*annexe\s*n?[°o]?\s*(\d+(?:\.\d+)*)\s*\)$/iu.exec(m?.[2] ?? '')?.[1];
        const s = m ? parseServiceTail(`${m[1]}${annex ? '' : (m[2] ?? '')}`) : {};
        if (!s.code) continue;
        const seen = named.get(s.code);
        if (!seen)
          named.set(s.code, {
            ...(s.label ? { label: s.label } : {}),
            ...(annex ? { annex } : {}),
          });
        else {
          if (!seen.label && s.label) seen.label = s.label;
          if (!seen.annex && annex) seen.annex = annex;
        }
      }
    }
    if (named.size !== 1) continue;
    const [code, service] = [...named.entries()][0]!;
    const quotas = quotaRows(ctx, header + 1, b.end, code === 'CDAP');
    if (!quotas.length) continue;
    // « Pour le service Consultation du dossier allocataire par les partenaires, … »: the
    // known service's name written out in the avenant
    if (!service.label && code === 'CDAP') {
      for (let k = b.start; k < b.end && !service.label; k++) {
        const w =
          /\bservice\s+(consultation du dossier allocataire(?:\s+par les partenaires)?)(?![\p{L}])/iu.exec(
            ctx.lines[k] ?? '',
          );
        if (w) service.label = w[1]!;
      }
    }
    return at(
      ctx,
      header,
      {
        serviceCode: code,
        ...(service.label ? { serviceLabel: service.label } : {}),
        ...(service.annex ? { annexNumber: service.annex } : {}),
        quotas,
      },
      'medium',
      'Quotas lus dans le tableau de l’avenant : vérifiez.',
    );
  }
  return undefined;
}
