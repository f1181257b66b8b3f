/**
 * Reads a « Mon Compte Partenaire » convention (and its contrat de services, annexes,
 * bulletins and council deliberation) from plain text. The work is split by what is read
 * (see readers/): segmentation into documents, the parties, identifiers, signatures,
 * missions, the contrat, contacts, bulletins and quotas, the deliberation. Anchors are
 * folded and OCR-tolerant by construction (readers/anchors.ts); sentences are matched on a
 * paragraph view (readers/paragraphs.ts). A value the text does not hold is absent; a part
 * the text mentions but that could not be read is reported in `unread`: nothing is guessed.
 * When the text holds several copies (the same convention twice, two spellings of a name)
 * the value best supported by the whole document wins and the conflict is reported.
 */
import { representedBy, withoutAlias } from './readers/party-text';
import { repairEmailHyphens } from './readers/email-hyphens';
import { normalizeLines, splitLines } from './normalize';
import {
  ocrCase,
  ocrEmail,
  ocrIdentifier,
  ocrLetters,
  ocrTimes,
  ocrWords,
  sameWords,
  wordsOf,
} from './readers/anchors';
import { fold, parsePerson } from './text-tools';
import type { BulletinValue, ConventionExtraction, Extracted, PartnerKind } from './types';
import {
  avenantBulletin,
  avenantContacts,
  citedConventionDate,
  hasAvenant,
} from './readers/avenant';
import { adhesionInProse, bulletins } from './readers/bulletins';
import { contactsAnnex } from './readers/contacts';
import { at, type Candidate, makeCtx, resolve, set } from './readers/context';
import { managementMode, serviceContract } from './readers/contrat';
import {
  deliberation,
  deliberationBulletin,
  deliberationContacts,
  deliberationMode,
  deliberationParties,
} from './readers/deliberation';
import { detectUnread } from './readers/detectors';
import { conventionNumbers, prefectureActIds, siretCandidates } from './readers/identifiers';
import { missions } from './readers/missions';
import { collectParties, partnerNameLines } from './readers/parties';
import { formParties, otherPartnerKind } from './readers/party-forms';
import { findBlocks, scopes } from './readers/segmentation';
import { signaturesIn } from './readers/signature';

export function partnerKind(name: string): PartnerKind | undefined {
  // « C.C.A.S. » → « ccas »
  const n = fold(name)
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z]{2,})\.(?=\s|$)/g, '$1')
    .replace(/\.(?=\s)/g, '');
  if (/\b(ccas|cias|centre (inter)?communal d'action sociale)\b/.test(n)) return 'CCAS';
  // (« Centre hospitalier Métropole Savoie »: a hospital named after its area is no EPCI)
  if (
    /^(?:le |l')?(?:centre hospitalier|hopital|hopitaux|chu|etablissement public de sante|ehpad|etablissement d'hebergement)\b/.test(
      n,
    )
  )
    return 'autre';
  if (
    /\b(communaute (de communes|d'agglomeration|urbaine)|metropole|epci|syndicat intercommunal)\b/.test(
      n,
    )
  )
    return 'EPCI';
  if (/^(mairie|commune|ville)\b/.test(n)) return 'commune';
  return undefined;
}

/**
 * The partner's name with the words just before it in its line (« l'association Mission
 * Locale … »: the name left the descriptor out, the kind still reads it), and the apposition
 * after it.
 */
function describedName(name: Extracted<string>): string {
  const at = name.sourceText.indexOf(name.value);
  if (at < 0) return name.value;
  const end = at + name.value.length;
  // (« Habitat Gardois, office public de l'habitat du Gard, dont … »: an apposition after it)
  const apposition = /^\s*[,(–-]\s*([^,;()]{3,80})/.exec(name.sourceText.slice(end))?.[0] ?? '';
  return name.sourceText.slice(Math.max(0, at - 20), end) + apposition;
}

/** Extracts everything the importer knows how to read from a convention's text. */
export function extractConvention(text: string): ConventionExtraction {
  const lines = normalizeLines(text);
  const ctx = makeCtx(lines);
  const blocks = findBlocks(lines);

  const parties = collectParties(ctx, splitLines(text));
  parties.partnerName.push(...partnerNameLines(ctx));
  // parties written as forms (« LA CAF » / « LE PARTENAIRE », then « Dénomination : … »)
  const forms = formParties(ctx);
  for (const k of [
    'cafName',
    'cafAddress',
    'directorName',
    'directorTitle',
    'partnerName',
    'partnerAddress',
    'repName',
    'repTitle',
    'partnerEmail',
    'partnerPhone',
  ] as const) {
    // where the parties are forms, a value still holding a form's label or cells
    // (« Dénomination : X », « Nature juridique ⇥ … ») is the prose reader's misreading
    if (forms[k].length) parties[k] = parties[k].filter((c) => !/:\s|\t/.test(c.value));
    parties[k].push(...forms[k]);
  }
  forms.cafSide.forEach((k) => parties.cafSide.add(k));
  // a deliberation alone: the partner from its letterhead, the CAF named in its text
  const alone = deliberationParties(ctx, blocks);
  for (const k of ['cafName', 'partnerName', 'partnerAddress', 'partnerPhone'] as const)
    if (!parties[k].length) parties[k].push(...alone[k]);
  const partnerSide = { party: 'partner' as const };

  gluedClauses(parties.cafAddress, parties.directorName, parties.directorTitle);
  gluedClauses(parties.partnerAddress, parties.repName, parties.repTitle);
  const caf: ConventionExtraction['caf'] = {};
  const partner: ConventionExtraction['partner'] = {};
  set(caf, 'name', resolve(ctx, 'caf.name', 'Nom de la Caf', parties.cafName));
  // (« Caisse d'allocations familiales de l'Hérault (Caf de l'Hérault) »: its short name in brackets)
  if (caf.name) caf.name.value = caf.name.value.replace(/\s*\(\s*caf\b[^()]{0,60}\)$/i, '');
  set(caf, 'address', resolve(ctx, 'caf.address', 'Adresse de la Caf', parties.cafAddress));
  set(
    caf,
    'directorName',
    resolve(ctx, 'caf.directorName', 'Directeur de la Caf', parties.directorName),
  );
  set(
    caf,
    'directorTitle',
    resolve(ctx, 'caf.directorTitle', 'Qualité du directeur', parties.directorTitle),
  );
  set(
    partner,
    'name',
    resolve(ctx, 'partner.name', 'Nom du partenaire', parties.partnerName, String, partnerSide),
  );
  if (partner.name) {
    // (« Centre intercommunaI d'action sociale »: the kind read through the OCR repair)
    const kind = partnerKind(ocrCase(partner.name.value).text);
    if (kind) partner.kind = { ...partner.name, value: kind };
  }
  // a hospital, a Département: « autre », from the legal status or the name
  if (!partner.kind) {
    const status = forms.partnerStatus
      .map((c) => ({ c, kind: partnerKind(c.value) ?? otherPartnerKind(c.value) }))
      .find((s) => s.kind);
    if (status?.kind) partner.kind = at(ctx, status.c.index, status.kind, 'medium');
    else if (partner.name && otherPartnerKind(describedName(partner.name)))
      partner.kind = { ...partner.name, value: 'autre' };
  }
  // (the kind read, the alias goes: « … (UDAF 19) » said « autre »)
  if (partner.name) partner.name.value = withoutAlias(partner.name.value);
  set(
    partner,
    'address',
    resolve(
      ctx,
      'partner.address',
      'Adresse du partenaire',
      parties.partnerAddress,
      String,
      partnerSide,
    ),
  );
  set(
    partner,
    'representativeName',
    resolve(
      ctx,
      'partner.representativeName',
      'Représentant du partenaire',
      parties.repName,
      String,
      partnerSide,
    ),
  );
  set(
    partner,
    'representativeTitle',
    resolve(
      ctx,
      'partner.representativeTitle',
      'Qualité du représentant',
      parties.repTitle,
      String,
      partnerSide,
    ),
  );
  set(
    partner,
    'siret',
    resolve(
      ctx,
      'partner.siret',
      'SIRET du partenaire',
      siretCandidates(ctx, parties.cafSide),
      String,
      partnerSide,
    ),
  );
  set(
    partner,
    'email',
    resolve(
      ctx,
      'partner.email',
      'E-mail du partenaire',
      parties.partnerEmail,
      String,
      partnerSide,
    ),
  );
  set(
    partner,
    'phone',
    resolve(
      ctx,
      'partner.phone',
      'Téléphone du partenaire',
      parties.partnerPhone,
      String,
      partnerSide,
    ),
  );
  if (partner.siret?.confidence === 'low' && partner.siret.note)
    ctx.warnings.push(partner.siret.note);

  const convention: ConventionExtraction['convention'] = { missions: missions(ctx, blocks) };
  set(
    convention,
    'number',
    resolve(ctx, 'convention.number', 'Numéro de la convention', conventionNumbers(ctx)),
  );
  const { places, dates } = conventionSignature(ctx, blocks);
  set(convention, 'signedAt', resolve(ctx, 'convention.signedAt', 'Lieu de signature', places));
  set(convention, 'signedOn', resolve(ctx, 'convention.signedOn', 'Date de signature', dates));
  const modes = managementMode(ctx);
  set(
    convention,
    'mode',
    resolve(
      ctx,
      'convention.mode',
      'Mode de gestion',
      modes.length ? modes : deliberationMode(ctx, blocks),
    ),
  );

  const { contacts, reassigned } = contactsAnnex(ctx);
  if (!contacts.length) contacts.push(...deliberationContacts(ctx, blocks));
  if (!contacts.length) contacts.push(...avenantContacts(ctx, blocks));
  if (reassigned) {
    ctx.warnings.push(
      'L’annexe des interlocuteurs désigne deux « Administrateur » et aucun suppléant : le second a été pris comme Administrateur suppléant. Confirmez ce choix.',
    );
  }

  const delib = deliberation(ctx, blocks);
  set(
    delib,
    'prefectureActId',
    resolve(
      ctx,
      'deliberation.prefectureActId',
      'Identifiant de l’acte en préfecture',
      prefectureActIds(ctx),
    ),
  );

  const result: ConventionExtraction = {
    lines,
    caf,
    partner,
    convention,
    deliberation: delib,
    serviceContract: serviceContract(ctx, blocks, contacts),
    contacts,
    bulletins: bulletinsOrDeliberation(ctx, blocks, partner.name?.value),
    conflicts: ctx.conflicts,
    flags: {
      looksLikeBlankTemplate: false,
      noConventionFound: false,
      administrateurReassigned: reassigned,
    },
    unread: ctx.unread,
    warnings: ctx.warnings,
  };
  repairCase(result, wordsOf(ctx.lines));
  repairEmailHyphens(result, ctx.lines);
  detectUnread(ctx, blocks, result);
  result.unread.sort((a, b) => a.sourceLine - b.sourceLine);
  const structured = blocks.some((b) => b.kind !== 'deliberation') || parties.cafName.length > 0;
  result.flags.noConventionFound = !structured;
  result.flags.looksLikeBlankTemplate =
    structured &&
    !partner.name &&
    !partner.siret &&
    !convention.number &&
    contacts.every((c) => c.value.side !== 'partner');
  if (result.flags.looksLikeBlankTemplate) {
    ctx.warnings.unshift(
      'Ce document ressemble à un modèle vierge : le partenaire, le numéro et le SIRET ne sont pas remplis. Rien n’a été inventé ; complétez les champs vous-même.',
    );
  } else if (result.flags.noConventionFound) {
    ctx.warnings.unshift(
      'Aucune convention « Mon Compte Partenaire » n’a été reconnue dans ce texte.',
    );
  }
  return result;
}

/**
 * The convention's place and date: from its own signature block(s) (or, with no convention
 * block, from the text outside any other block); when the convention has no « Fait à » at
 * all, from the contrat or a bulletin signed by the same parties, with lower confidence.
 */
function conventionSignature(
  ctx: ReturnType<typeof makeCtx>,
  blocks: ReturnType<typeof findBlocks>,
) {
  const places: Candidate<string>[] = [];
  const dates: Candidate<string>[] = [];
  for (const scope of scopes(blocks, 'convention', ctx.lines.length)) {
    for (const s of signaturesIn(ctx, scope.start, scope.end)) {
      if (s.place) places.push(s.place);
      if (s.date) dates.push(s.date);
    }
  }
  if (places.length || dates.length) return { places, dates };
  // an avenant's « Fait à » dates the avenant (and the bulletins it amends): the convention's
  // date is the one it cites
  if (hasAvenant(blocks)) return { places, dates: citedConventionDate(ctx, blocks) };
  for (const kind of ['contrat', 'bulletin'] as const) {
    for (const b of blocks.filter((k) => k.kind === kind)) {
      for (const s of signaturesIn(ctx, b.start, b.end)) {
        const note =
          kind === 'contrat'
            ? 'Lu à la signature du contrat de services : vérifiez.'
            : 'Lu à la signature d’un bulletin d’adhésion : vérifiez.';
        if (s.place) places.push({ ...s.place, confidence: 'low', note });
        if (s.date) dates.push({ ...s.date, confidence: 'low', note });
      }
    }
    if (places.length || dates.length) break;
  }
  return { places, dates };
}

/** The bulletins; for a deliberation alone, the quotas it writes in a sentence. */
function bulletinsOrDeliberation(
  ctx: ReturnType<typeof makeCtx>,
  blocks: ReturnType<typeof findBlocks>,
  partnerName: string | undefined,
) {
  const read = bulletins(ctx, blocks);
  const inline = read.length
    ? undefined
    : (deliberationBulletin(ctx, blocks) ??
      avenantBulletin(ctx, blocks) ??
      adhesionInProse(ctx, blocks));
  return (inline ? [inline] : read).map((b) => withoutPartnerAsSite(b, partnerName));
}

/**
 * « Structure : CCAS du Malzieu-Ville » in the bulletin of the CCAS du Malzieu-Ville names the
 * partner that signs it, not one of its sites: no site.
 */
function withoutPartnerAsSite(
  b: Extracted<BulletinValue>,
  partnerName: string | undefined,
): Extracted<BulletinValue> {
  const site = b.value.siteLabel;
  if (!site || !partnerName) return b;
  // (« CCAS du Malzieu-Ville » for the « Centre communal d'action sociale du Malzieu-Ville »)
  const bare = (v: string) =>
    v
      .replace(/^(?:l['’]\s?|(?:le|la|les)\s+)/i, '')
      .replace(/\bC\.?C\.?A\.?S\b\.?/, "centre communal d'action sociale")
      .replace(/\bC\.?I\.?A\.?S\b\.?/, "centre intercommunal d'action sociale")
      .trim();
  if (!sameWords(bare(site), bare(partnerName))) return b;
  const { siteLabel: _site, ...value } = b.value;
  return { ...b, value };
}

/**
 * The certain OCR confusions (readers/ocr.ts: « I »/« l » `ocrCase`, digits for letters
 * `ocrLetters`) repaired in the free-text values — names, titles, addresses, places, missions,
 * labels — never in e-mails, phones or identifiers; a repaired value is marked « texte corrigé ».
 */
function repairCase(r: ConventionExtraction, known: ReadonlySet<string>) {
  const repair = (v: string, address = false) => {
    const cased = ocrCase(v);
    // the document's own words first (« 1 » read as l or i), then the certain defaults
    const worded = ocrWords(cased.text, known);
    const lettered = ocrLetters(worded.text, { address });
    return {
      text: lettered.text,
      corrected: cased.corrected || worded.corrected || lettered.corrected,
    };
  };
  const text = (e: Extracted<string> | undefined, address = false) => {
    if (!e) return;
    const fixed = repair(e.value, address);
    if (!fixed.corrected) return;
    e.value = fixed.text;
    e.corrected = true;
  };
  const field = <T extends object>(e: Extracted<T>, keys: (keyof T)[]) => {
    for (const k of keys) {
      const v = e.value[k];
      if (typeof v !== 'string') continue;
      const fixed = repair(v);
      if (!fixed.corrected) continue;
      e.value = { ...e.value, [k]: fixed.text };
      e.corrected = true;
    }
  };
  [r.caf.name, r.caf.directorName, r.caf.directorTitle].forEach((e) => text(e));
  [r.partner.name, r.partner.representativeName, r.partner.representativeTitle].forEach((e) =>
    text(e),
  );
  [r.caf.address, r.partner.address].forEach((e) => text(e, true));
  [r.convention.signedAt, r.deliberation.body, r.serviceContract.serviceCentreHours].forEach((e) =>
    text(e),
  );
  r.convention.missions.forEach((e) => text(e));
  r.contacts.forEach((c) => field(c, ['name']));
  r.serviceContract.escalation.forEach((e) => field(e, ['name', 'function']));
  r.bulletins.forEach((b) => field(b, ['serviceLabel', 'siteLabel']));
  // the repairs of a kind of value: clock times, e-mail addresses, identifiers
  const apply = (
    e: Extracted<string> | undefined,
    fix: (v: string) => { text: string; corrected: boolean },
  ) => {
    if (!e) return;
    const fixed = fix(e.value);
    if (!fixed.corrected) return;
    e.value = fixed.text;
    e.corrected = true;
  };
  apply(r.serviceContract.serviceCentreHours, ocrTimes);
  const email = (v: string) => ocrEmail(v, known);
  [r.partner.email, r.serviceContract.serviceCentreEmail].forEach((e) => apply(e, email));
  for (const list of [r.contacts, r.serviceContract.escalation] as Extracted<{
    email?: string;
  }>[][])
    for (const e of list) {
      const v = e.value.email;
      if (!v) continue;
      const fixed = email(v);
      if (!fixed.corrected) continue;
      e.value = { ...e.value, email: fixed.text };
      e.corrected = true;
    }
  [r.convention.number, r.deliberation.number].forEach((e) => apply(e, ocrIdentifier));
}

/**
 * « 18 rue de Berne – 67091 Strasbourg Cedex représentée par son Directeur, Monsieur Thomas
 * KLEIN », « … 67700 Saverne, ci-après « le Partenaire » »: a PDF line that joined the
 * address to the next clause. The address stops there; the representative the clause names is
 * read when no other line gave one.
 */
function gluedClauses(
  addresses: Candidate<string>[],
  names: Candidate<string>[],
  titles: Candidate<string>[],
) {
  for (const [k, c] of [...addresses.entries()].reverse()) {
    const m = /[\s,;]+(repr[ée]sent[ée]e?(?:\s?\(e\))?\s+par\b.*|ci-?\s?apr[èe]s\b.*)$/iu.exec(
      c.value,
    );
    if (!m) continue;
    const kept = c.value.slice(0, m.index).trim();
    if (kept) addresses[k] = { ...c, value: kept };
    else addresses.splice(k, 1);
    const rep = representedBy(m[1]!);
    if (!rep || names.length) continue;
    const p = parsePerson(rep.rest);
    if (!p.name) continue;
    names.push({ ...c, value: p.name, confidence: 'medium' });
    if (p.title && !titles.length) titles.push({ ...c, value: p.title, confidence: 'medium' });
  }
}
