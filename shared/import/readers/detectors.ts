/**
 * « Absent » versus « not understood »: cheap detectors for parts the text plainly mentions
 * but from which no reader got anything. Each reader reports what it could not read where
 * it looks (contacts, bulletins, quotas, SIRET, signature, missions, number); these cover
 * what is left across readers.
 */
import { findEmails, fold, isPlaceholder } from '../text-tools';
import type { ConventionExtraction } from '../types';
import { type Ctx, unread } from './context';
import { detectLeftovers } from './leftovers';
import { isHeadingLine } from './paragraphs';
import type { Block } from './segmentation';

export function detectUnread(ctx: Ctx, blocks: Block[], x: ConventionExtraction) {
  const delib = blocks.find((b) => b.kind === 'deliberation');
  if (delib && !x.deliberation.body && !x.deliberation.date && !x.deliberation.number) {
    unread(ctx, 'deliberation', 'une délibération', delib.cue);
  }
  if (!x.convention.mode) {
    for (const p of ctx.paragraphs.list) {
      const t = fold(p.text);
      if (/\bopte(?:nt)?\b.{0,120}\bmode\b/.test(t) && !/\.\s?\.|_{3}|saisir/.test(t)) {
        unread(ctx, 'mode', 'le mode de gestion des habilitations', p.lines[0]!);
        break;
      }
    }
  }
  detectContrat(ctx, blocks, x);
  detectParties(ctx, x);
  detectLeftovers(ctx, blocks, x);
  const hasSignature = x.convention.signedAt || x.convention.signedOn || x.serviceContract.signedOn;
  if (!hasSignature) {
    ctx.lines.forEach((line, i) => {
      if (
        /^\s*f\S{2,3}\s*[àa]\s*\p{L}{3}/iu.test(line) &&
        /^\s*fa/i.test(line) &&
        !/\.\s?\.|_{3}/.test(line)
      ) {
        if (!blocks.some((b) => b.kind === 'deliberation' && b.start <= i && i < b.end))
          unread(ctx, 'signature', 'le lieu de signature (« Fait à »)', i);
      }
    });
  }
}

const CIVILITY_NAME = /\b(?:M\.|Mme|Madame|Monsieur)\s+\p{Lu}/u;
const PHONE_LIKE = /\b0\s?[1-9](?:[\s.-]?[\dOlI]{2}){4}\b/;

/** The contrat's parts a reader can miss: the escalation list, the service centre's e-mail and hours. */
function detectContrat(ctx: Ctx, blocks: Block[], x: ConventionExtraction) {
  const inContrat = (i: number) =>
    blocks.some((b) => b.kind === 'contrat' && b.start <= i && i < b.end) ||
    !blocks.some((b) => b.kind === 'contrat');
  ctx.lines.forEach((line, i) => {
    if (!inContrat(i)) return;
    const f = fold(line);
    // « Procédure d'escalade » with persons and phones under it, none read
    if (x.serviceContract.escalation.length === 0 && isHeadingLine(line) && /escalade/.test(f)) {
      const body = ctx.lines.slice(i + 1, i + 12);
      const end = body.findIndex((l) => isHeadingLine(l));
      const text = (end < 0 ? body : body.slice(0, end)).join(' ');
      if (CIVILITY_NAME.test(text) && PHONE_LIKE.test(text))
        unread(ctx, 'escalation', 'la procédure d’escalade (les personnes à joindre)', i);
    }
    // the centre's address: « messagerie / courriel / adresse électronique » with an @ near, none read
    if (
      !x.serviceContract.serviceCentreEmail &&
      /centre de services|messagerie|courriel|adresse electronique/.test(f)
    ) {
      const near = [line, ctx.lines[i + 1] ?? ''].join(' ');
      // (the centre's address is a Caf one: a partner's « courriel à x@ville.fr » is no sign)
      const emails = findEmails(near);
      // (a person's address read in the contacts annex is no centre's)
      const persons = new Set(
        x.contacts
          .filter((c) => c.value.role !== 'guichet-unique' && c.value.email)
          .map((c) => c.value.email!.toLowerCase()),
      );
      const otherOnly =
        emails.length > 0 &&
        (!emails.some((e) => /(?:caf|cnafmail)\.fr$|@caf\d/i.test(e)) ||
          emails.every((e) => persons.has(e.toLowerCase())));
      if (
        /messagerie|courriel|adresse (?:electronique|mel)/.test(f) &&
        /@/.test(near) &&
        !otherOnly &&
        /\bcaf\b|centre de services/.test(
          fold(ctx.lines.slice(Math.max(0, i - 6), i + 1).join(' ')),
        )
      ) {
        unread(ctx, 'serviceCentre', 'l’adresse du centre de services', i);
      }
    }
    if (
      !x.serviceContract.serviceCentreHours &&
      /centre de services/.test(f) &&
      /\bouvert|joignable|accessible|horaires?\b/.test(f) &&
      /lundi|mardi|mercredi|jeudi|vendredi|\d{1,2}\s*h\b/.test(f)
    ) {
      unread(ctx, 'serviceCentre', 'les horaires du centre de services', i);
    }
  });
}

/** The CAF named at the head of the parties block, or a partner « ci-après dénommé », not read. */
function detectParties(ctx: Ctx, x: ConventionExtraction) {
  if (!x.partner.name) {
    const i = ctx.lines.findIndex(
      (l) =>
        /ci-?\s*apres\s+(?:denomme|designe|appele)e?\(?e?\)?\s*"?\s*(?:le\s+)?partenaire/.test(
          fold(l),
        ) ||
        /(?:denomme|designe)e?\(?e?\)?\s+ci-?\s*apres\s*"?\s*(?:le\s+)?partenaire/.test(fold(l)),
    );
    // (a block of bare labels « Représenté(e) par : », a blank template, holds nothing to read)
    const above = i >= 0 ? ctx.lines.slice(Math.max(0, i - 8), i) : [];
    const from = Math.max(
      0,
      ...above.map((l, k) =>
        /^(?:et|entre)\b(?:\s+d'(?:une|autre)\s+part)?\s*[,:]?$/i.test(l) ? k + 1 : 0,
      ),
    );
    const content = above
      .slice(from)
      .some(
        (l) =>
          /\p{L}{3}/u.test(l) &&
          !/:\s*$/.test(l) &&
          !isPlaceholder(l) &&
          !/^(?:ci|d'une|d'autre)\b/i.test(l),
      );
    if (i >= 0 && content) unread(ctx, 'partner', 'le partenaire (nom, adresse, représentant)', i);
  }
  if (x.caf.name) return;
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i] ?? '';
    if (!/^(?:la\s+)?caisse d.allocations familiales\b/i.test(fold(line).replace(/\s+/g, ' ')))
      continue;
    const around = fold(ctx.lines.slice(Math.max(0, i - 4), i + 5).join(' '));
    if (/represente|sign[ee]e? entre|entre :|ci-apres/.test(around)) {
      unread(ctx, 'caf', 'le nom de la Caf', i);
      return;
    }
  }
}
