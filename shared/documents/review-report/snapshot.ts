/**
 * « Rapport de revue annuelle des habilitations » (FORMS.md §2): the proof of the reverse
 * review sent to the CAF (contrat art. 2.2.2). Portrait pages for the summary, the detailed
 * table in landscape with its header repeated on every page, the checklist, the attestation.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import { calendarDateInParis, formatDateFr } from '../domain/dates';
import { formatNumber, formatSiret } from '../domain/format';
import { compareProfileCodes } from '../domain/profiles';
import { CHECKLIST_ANSWER_LABELS, CHECKLIST_ITEMS, decisionOutcome } from '../domain/review';
import type { PortalImport, ReviewCampaign, ReviewItem, StoredPortalDifference } from '../domain/schemas';
import { describeAccount } from '../domain/portal/accounts';
import { DIFFERENCE_INFO, DIFFERENCE_KINDS, PORTAL_ACTION_LABELS } from '../domain/portal/differences';
import { toExcelCsv } from './csv';
import { CHECKED_BOX, DOCUMENT_FONT, EMPTY_BOX } from './fonts';
import { frameFooterText, withPageFrame } from './frame';
import { documentMetaSchema, type DocumentMeta } from './meta';
import { checkFields, type DocumentCheck } from './missing';
import type { PaintedPdf } from './pdf-render';
import { BLANK_LINE, normalizeSpaces, SHORT_BLANK_LINE, valueOrBlank } from './text';

const text = z.string().optional();

export const reviewReportSnapshotSchema = z.object({
  meta: documentMetaSchema,
  year: z.number().int(),
  partner: z.object({ name: z.string(), siret: text, representativeName: text, representativeTitle: text }),
  caf: z.object({ name: text }),
  openedOn: z.string(),
  closedOn: text,
  conductedBy: text,
  previousReviewOn: text,
  summary: z.object({
    reviewed: z.number(),
    maintained: z.number(),
    modified: z.number(),
    revoked: z.number(),
    users: z.number(),
    anomalies: z.array(z.object({ label: z.string(), found: z.number(), fixed: z.number() })),
  }),
  bulletins: z.array(
    z.object({
      label: z.string(),
      rows: z.array(z.object({ profileCode: z.string(), quota: z.number().nullable(), before: z.number(), after: z.number() })),
    }),
  ),
  rows: z.array(
    z.object({
      name: z.string(),
      function: text,
      service: text,
      profile: z.string(),
      grantedOn: z.string(),
      decision: z.string(),
      reason: text,
      decidedBy: text,
      appliedOn: text,
    }),
  ),
  checklist: z.array(z.object({ label: z.string(), answer: text, comment: text })),
  /** « Rapprochement avec la liste du portail »: a review opened from the portal's list. */
  portal: z
    .object({
      fileName: z.string(),
      importedAt: z.string(),
      importedBy: z.string(),
      sha256: z.string(),
      accounts: z.number(),
      activeAccounts: z.number(),
      matched: z.number(),
      /** Items of the review that exist only in the portal. */
      portalOnlyItems: z.number(),
      kinds: z.array(z.object({ label: z.string(), article: z.string(), found: z.number(), resolved: z.number(), explained: z.number(), open: z.number() })),
      differences: z.array(z.object({ label: z.string(), subject: z.string(), outcome: z.string(), by: text, on: text })),
    })
    .optional(),
  /** Who signs the attestation, for which partner, where and when (older reports: absent). */
  attestation: z
    .object({
      signatoryName: text,
      signatoryRole: text,
      /** « du CCAS de Lieusaint », « de la commune de … », « pour : … ». */
      partnerPhrase: z.string(),
      place: text,
      date: text,
    })
    .optional(),
});
export type ReviewReportSnapshot = z.infer<typeof reviewReportSnapshotSchema>;

export const REVIEW_REPORT_SECTIONS = [
  '1. Identification de la revue',
  '2. Synthèse',
  '3. Habilitations par bulletin et par profil',
  '4. Détail des habilitations revues',
  '5. Engagements du partenaire',
  '6. Attestation',
] as const;

/** The section of a review opened from the portal's list, after section 3. */
export const REVIEW_REPORT_PORTAL_SECTION = '3 bis. Rapprochement avec la liste du portail';
/** Its heading in the CSV (no number: the CSV has no other section titles). */
export const PORTAL_CSV_HEADING = 'Rapprochement avec la liste du portail';
export const PORTAL_KIND_HEADER = ['Écart', 'Article', 'Constatés', 'Traités', 'Expliqués', 'Restant à traiter'] as const;
export const PORTAL_DIFFERENCE_HEADER = ['Écart', 'Compte ou agent', 'Traitement', 'Par', 'Le'] as const;
/** Beyond this many differences the PDF lists the first ones and points to the CSV. */
export const PORTAL_PDF_MAX_ROWS = 300;

export const REVIEW_TABLE_HEADER = [
  'NOM Prénom',
  'Fonction',
  'Service / site',
  'Profil',
  'Accordée le',
  'Décision',
  'Motif',
  'Décidé par',
  'Appliqué dans le portail le',
] as const;

export interface ReviewReportInput {
  meta: DocumentMeta;
  campaign: ReviewCampaign;
  items: readonly ReviewItem[];
  previous?: ReviewCampaign;
  partner: { name: string; siret?: string; representative?: { name?: string; title?: string } };
  caf: { name: string };
  bulletins: readonly { id: string; label: string }[];
  quotas: readonly { bulletinId: string; profileCode: string; max: number }[];
  /** Extra anomalies known at closing (missing suppléant, outdated contacts). */
  contactAnomalies?: { missingSuppleant: boolean; outdatedContacts: boolean };
  attestation?: ReviewReportSnapshot['attestation'];
  /** The portal's list the review was opened from and its differences (stored rows). */
  portal?: {
    list: Pick<PortalImport, 'id' | 'fileName' | 'importedAt' | 'importedBy' | 'sha256' | 'accounts' | 'activeAccounts' | 'matched'>;
    differences: readonly StoredPortalDifference[];
    /** Agent id → « Prénom NOM », for the differences about an agent. */
    agentNames: ReadonlyMap<string, string>;
  };
}

/**
 * The reconciliation section: the list (date, SHA-256), counts per kind of difference and how
 * each difference was resolved. The differences are those of the list, and those flagged on
 * the review's items (a later list may have carried them on).
 */
export function portalReportSection(
  portal: NonNullable<ReviewReportInput['portal']>,
  items: readonly ReviewItem[],
): NonNullable<ReviewReportSnapshot['portal']> {
  const flagged = new Set(items.flatMap((i) => i.portal?.differences.map((d) => d.id) ?? []));
  const differences = portal.differences
    .filter((d) => d.lastImportId === portal.list.id || d.firstImportId === portal.list.id || flagged.has(d.id))
    .sort((a, b) => DIFFERENCE_KINDS.indexOf(a.kind) - DIFFERENCE_KINDS.indexOf(b.kind));
  const kinds = DIFFERENCE_KINDS.flatMap((kind) => {
    const mine = differences.filter((d) => d.kind === kind);
    if (!mine.length) return [];
    const n = (s: StoredPortalDifference['status']) => mine.filter((d) => d.status === s).length;
    return [{ label: DIFFERENCE_INFO[kind].label, article: DIFFERENCE_INFO[kind].article, found: mine.length, resolved: n('resolved'), explained: n('explained'), open: n('open') }];
  });
  const subject = (d: StoredPortalDifference) => {
    const agentId = d.agentId ?? d.resolution?.agentId;
    const name = agentId ? portal.agentNames.get(agentId) : undefined;
    const profile = d.profileCode ?? d.registerProfileCode;
    const who = name ?? (d.account ? describeAccount(d.account) : d.serviceCode ? `Service ${d.serviceCode}` : '');
    return [who, profile ? `profil ${profile}` : ''].filter(Boolean).join(', ');
  };
  const outcome = (d: StoredPortalDifference) => {
    const r = d.resolution;
    if (d.status === 'open' || !r) return 'Non traité';
    const what = r.action ? PORTAL_ACTION_LABELS[r.action] : 'Plus d’écart dans la liste suivante';
    return r.note ? `${what} : ${r.note}` : what;
  };
  return {
    fileName: portal.list.fileName,
    importedAt: portal.list.importedAt,
    importedBy: portal.list.importedBy,
    sha256: portal.list.sha256,
    accounts: portal.list.accounts,
    activeAccounts: portal.list.activeAccounts,
    matched: portal.list.matched,
    portalOnlyItems: items.filter((i) => i.portal && !i.portal.inRegister).length,
    kinds,
    differences: differences.map((d) => ({
      label: DIFFERENCE_INFO[d.kind].label,
      subject: subject(d),
      outcome: outcome(d),
      by: d.status === 'open' ? undefined : d.resolution?.by,
      on: d.status === 'open' ? undefined : day(d.resolution?.at),
    })),
  };
}

const day = (iso: string | undefined) => (iso ? calendarDateInParis(iso) : undefined);

/** The snapshot the report is built from, computed once at export and stored with it. */
export function buildReviewReportSnapshot(input: ReviewReportInput): ReviewReportSnapshot {
  const { campaign, items } = input;
  const count = (pred: (i: ReviewItem) => boolean) => items.filter(pred).length;
  const removed = (i: ReviewItem) => i.decision === 'supprimer' || i.decision === 'modifier';
  const anomaly = (label: string, found: (i: ReviewItem) => boolean, fixed: (i: ReviewItem) => boolean) => ({
    label,
    found: count(found),
    fixed: count((i) => found(i) && fixed(i)),
  });
  const anomalies = [
    anomaly('Agents partis encore habilités', (i) => i.answers.stillInOrganisation === false, removed),
    anomaly('Comptes partagés', (i) => i.answers.personalAccount === false, removed),
    anomaly('Profils ne correspondant plus à la mission', (i) => i.answers.profileStillNeeded === false, removed),
    // A change of function is corrected only by a new profile or a revocation, not by « Maintenir ».
    anomaly('Changements de fonction', (i) => i.answers.sameFunction === false, removed),
  ];

  const bulletins = input.bulletins
    .map((b) => {
      const codes = new Set<string>();
      const before = new Map<string, number>();
      const after = new Map<string, number>();
      const add = (m: Map<string, number>, code: string, n: number) => {
        codes.add(code);
        m.set(code, (m.get(code) ?? 0) + n);
      };
      for (const q of input.quotas) if (q.bulletinId === b.id) codes.add(q.profileCode);
      for (const i of items) {
        if (i.snapshot.bulletinId !== b.id) continue;
        add(before, i.snapshot.profileCode, 1);
        if (i.decision === 'modifier' && i.newProfileCode) add(after, i.newProfileCode, 1);
        else if (i.decision !== 'supprimer') add(after, i.snapshot.profileCode, 1);
      }
      const quotaOver = [...codes].some((c) => {
        const q = input.quotas.find((x) => x.bulletinId === b.id && x.profileCode === c)?.max ?? 0;
        return (before.get(c) ?? 0) > q;
      });
      return {
        label: b.label,
        quotaOver,
        rows: [...codes].sort(compareProfileCodes).map((code) => ({
          profileCode: code,
          quota: input.quotas.find((q) => q.bulletinId === b.id && q.profileCode === code)?.max ?? null,
          before: before.get(code) ?? 0,
          after: after.get(code) ?? 0,
        })),
      };
    })
    .filter((b) => b.rows.length > 0);
  const overBefore = bulletins.reduce((n, b) => n + b.rows.filter((r) => r.before > (r.quota ?? 0)).length, 0);
  const overAfter = bulletins.reduce((n, b) => n + b.rows.filter((r) => r.after > (r.quota ?? 0)).length, 0);
  anomalies.push({ label: 'Quotas dépassés (profils)', found: overBefore, fixed: Math.max(0, overBefore - overAfter) });
  if (input.contactAnomalies) {
    anomalies.push({ label: 'Suppléant manquant', found: input.contactAnomalies.missingSuppleant ? 1 : 0, fixed: 0 });
    anomalies.push({ label: 'Annexe des interlocuteurs à mettre à jour', found: input.contactAnomalies.outdatedContacts ? 1 : 0, fixed: 0 });
  }

  return {
    meta: input.meta,
    year: campaign.year,
    partner: {
      name: input.partner.name,
      siret: input.partner.siret,
      representativeName: input.partner.representative?.name,
      representativeTitle: input.partner.representative?.title,
    },
    caf: { name: input.caf.name },
    openedOn: day(campaign.openedAt)!,
    closedOn: day(campaign.closedAt),
    conductedBy: campaign.closedBy ?? campaign.openedBy,
    previousReviewOn: day(input.previous?.closedAt),
    summary: {
      reviewed: items.length,
      maintained: count((i) => i.decision === 'maintenir'),
      modified: count((i) => i.decision === 'modifier'),
      revoked: count((i) => i.decision === 'supprimer'),
      users: new Set(items.map((i) => i.snapshot.agentId ?? `compte:${i.portal?.account?.key ?? i.id}`)).size,
      anomalies,
    },
    bulletins: bulletins.map(({ label, rows }) => ({ label, rows })),
    rows: items.map((i) => ({
      name: i.snapshot.agentName,
      function: i.snapshot.agentFunction,
      service: i.snapshot.agentService,
      profile: i.snapshot.profileCode,
      grantedOn: i.snapshot.grantedOn,
      decision: decisionOutcome(i),
      reason: i.reason,
      decidedBy: i.decidedBy,
      appliedOn: i.decision === 'maintenir' ? undefined : i.appliedInPortalOn,
    })),
    checklist: CHECKLIST_ITEMS.map((c) => {
      const answer = campaign.checklist.find((x) => x.key === c.key);
      return { label: c.label, answer: answer?.answer, comment: answer?.comment };
    }),
    ...(input.portal ? { portal: portalReportSection(input.portal, items) } : {}),
    ...(input.attestation ? { attestation: input.attestation } : {}),
  };
}

export function checkReviewReport(s: ReviewReportSnapshot): DocumentCheck {
  return checkFields([
    { label: 'Date de clôture', value: s.closedOn, refusal: 'La revue doit être close avant d’exporter son rapport.' },
    { label: 'Administrateur ayant conduit la revue', value: s.conductedBy },
    { label: 'SIRET du partenaire', value: s.partner.siret },
    { label: 'Caf', value: s.caf.name },
    { label: 'Représentant légal du partenaire', value: s.partner.representativeName },
  ]);
}

export function reviewReportFileName(s: ReviewReportSnapshot, format: 'pdf' | 'csv'): string {
  return `revue-habilitations-${s.year}.${format}`;
}

const n = (v: number) => formatNumber(v);
const fr = (d: string | undefined, blank = SHORT_BLANK_LINE) => (d ? formatDateFr(d) : blank);

function keyValue(rows: [string, string][]): Content {
  return {
    table: { widths: [190, '*'], body: rows.map(([k, v]) => [{ text: k }, { text: v, bold: true }]) },
    layout: 'noBorders',
  };
}

function answerBoxes(answer: string | undefined): string {
  return (['oui', 'non', 'sans-objet'] as const)
    .map((a) => `${answer === a ? CHECKED_BOX : EMPTY_BOX} ${CHECKLIST_ANSWER_LABELS[a]}`)
    .join('   ');
}

type DetailRow = ReviewReportSnapshot['rows'][number];

/**
 * The cells of the detailed table, in `REVIEW_TABLE_HEADER` order, for the PDF and the CSV;
 * `notApplied` is what the last cell says while the decision is not yet in the portal.
 */
function detailRows(s: ReviewReportSnapshot, notApplied: (r: DetailRow) => string): string[][] {
  return s.rows.map((r) => [
    r.name,
    r.function ?? '',
    r.service ?? '',
    r.profile,
    formatDateFr(r.grantedOn),
    r.decision,
    r.reason ?? '',
    r.decidedBy ?? '',
    r.appliedOn ? formatDateFr(r.appliedOn) : notApplied(r),
  ]);
}

const REPORT_MARGINS = [40, 40, 40, 60] as const;

/**
 * The report: pdfmake lays out sections 1–3, 5 and 6; the detailed table (section 4, one row
 * per habilitation, thousands in a department) is painted onto the landscape pages pdfmake
 * reserves for it, its header repeated on each.
 */
export function buildReviewReportPdf(s: ReviewReportSnapshot): PaintedPdf {
  return {
    font: DOCUMENT_FONT,
    table: {
      heading: REVIEW_REPORT_SECTIONS[3],
      header: REVIEW_TABLE_HEADER,
      rows: detailRows(s, (r) => (r.decision === 'Maintenu' ? '—' : 'À appliquer')).map((row) => row.map(normalizeSpaces)),
      widths: [95, 95, 70, 35, 52, 70, '*', 70, 62],
      orientation: 'landscape',
      margins: REPORT_MARGINS,
    },
    definition: (tablePages) => reviewReportDefinition(s, tablePages),
    footer: frameFooterText(s.meta),
  };
}

/** Blank landscape pages for the painted table; pdfmake still puts the page frame on them. */
function reservedTablePages(count: number): Content[] {
  return Array.from({ length: count }, (_, i): Content =>
    i === 0 ? { text: '', pageBreak: 'before', pageOrientation: 'landscape' } : { text: '', pageBreak: 'before' },
  );
}

function reviewReportDefinition(s: ReviewReportSnapshot, tablePages: number): TDocumentDefinitions {
  const title = `Revue inverse des habilitations « Mon Compte Partenaire » — année ${s.year}`;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: 'Preuve de la réalisation de la revue annuelle, transmise à la Caf (contrat de services, art. 2.2.2).', style: 'subtitle' },
    { text: REVIEW_REPORT_SECTIONS[0], style: 'heading' },
    keyValue([
      ['Partenaire', valueOrBlank(s.partner.name)],
      ['SIRET', s.partner.siret ? formatSiret(s.partner.siret) : BLANK_LINE],
      ['Caf', valueOrBlank(s.caf.name)],
      ['Convention n°', valueOrBlank(s.meta.conventionNumber)],
      ['Revue ouverte le', fr(s.openedOn)],
      ['Revue close le', fr(s.closedOn)],
      ['Conduite par', valueOrBlank(s.conductedBy)],
      ['Revue précédente', s.previousReviewOn ? `close le ${formatDateFr(s.previousReviewOn)}` : 'aucune revue enregistrée'],
    ]),
    { text: REVIEW_REPORT_SECTIONS[1], style: 'heading' },
    keyValue([
      ['Habilitations revues', n(s.summary.reviewed)],
      ['Maintenues', n(s.summary.maintained)],
      ['Modifiées', n(s.summary.modified)],
      ['Supprimées', n(s.summary.revoked)],
      ['Utilisateurs concernés', n(s.summary.users)],
    ]),
    {
      margin: [0, 6, 0, 0],
      table: {
        headerRows: 1,
        widths: ['*', 80, 80],
        body: [
          [
            { text: 'Anomalies', style: 'tableHeader' },
            { text: 'Constatées', style: 'tableHeader', alignment: 'right' },
            { text: 'Corrigées', style: 'tableHeader', alignment: 'right' },
          ],
          ...s.summary.anomalies.map((a): TableCell[] => [
            a.label,
            { text: n(a.found), alignment: 'right' },
            { text: n(a.fixed), alignment: 'right' },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: REVIEW_REPORT_SECTIONS[2], style: 'heading' },
    ...(s.bulletins.length === 0
      ? [{ text: 'Aucun bulletin.', style: 'note' } as Content]
      : s.bulletins.flatMap((b): Content[] => [
          { text: b.label, bold: true, margin: [0, 4, 0, 2] },
          {
            table: {
              headerRows: 1,
              widths: ['*', 90, 110, 110],
              body: [
                ['Profil', 'Quota', 'Actives avant la revue', 'Actives après la revue'].map((h) => ({ text: h, style: 'tableHeader' })),
                ...b.rows.map((r) => [r.profileCode, r.quota === null ? 'aucun' : n(r.quota), n(r.before), n(r.after)]),
              ],
            },
            layout: 'lightHorizontalLines',
          },
        ])),
    ...(s.portal ? portalSectionContent(s.portal) : []),
    ...reservedTablePages(tablePages),
    {
      text: REVIEW_REPORT_SECTIONS[4],
      style: 'heading',
      pageBreak: 'before',
      pageOrientation: 'portrait',
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 170, 120],
        body: [
          ['Engagement (conv. art. 9.2, contrat art. 2 à 5)', 'Réponse', 'Commentaire'].map((h) => ({ text: h, style: 'tableHeader' })),
          ...s.checklist.map((c) => [c.label, answerBoxes(c.answer), c.comment ?? '']),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: REVIEW_REPORT_SECTIONS[5], style: 'heading' },
    {
      text: attestationSentence(s),
      margin: [0, 0, 0, 10],
    },
    {
      text: `Fait à ${s.attestation?.place?.trim() || SHORT_BLANK_LINE}, le ${s.attestation?.date ? formatDateFr(s.attestation.date) : SHORT_BLANK_LINE}`,
      margin: [0, 0, 0, 14],
    },
    {
      columns: [
        {
          stack: [
            { text: 'L’administrateur « Mon Compte Partenaire »', bold: true },
            { text: valueOrBlank(signatoryOf(s)), margin: [0, 4, 0, 0] },
            { text: 'Signature :', margin: [0, 6, 0, 0] },
            { canvas: [{ type: 'rect', x: 0, y: 4, w: 220, h: 70, lineWidth: 0.5 }] },
          ],
        },
        {
          stack: [
            { text: 'Le représentant légal du partenaire', bold: true },
            {
              text: `${valueOrBlank(s.partner.representativeName)}${s.partner.representativeTitle ? `, ${s.partner.representativeTitle}` : ''}`,
              margin: [0, 4, 0, 0],
            },
            { text: 'Signature :', margin: [0, 6, 0, 0] },
            { canvas: [{ type: 'rect', x: 0, y: 4, w: 220, h: 70, lineWidth: 0.5 }] },
          ],
        },
      ],
      columnGap: 20,
    },
  ];
  return withPageFrame(s.meta, content, { title, subject: 'Revue annuelle des habilitations', margins: [...REPORT_MARGINS], paintedOrientation: 'landscape' });
}

/** « 3 bis. Rapprochement avec la liste du portail »: the list, the counts, each difference. */
function portalSectionContent(p: NonNullable<ReviewReportSnapshot['portal']>): Content[] {
  const shown = p.differences.slice(0, PORTAL_PDF_MAX_ROWS);
  const header = (cells: readonly string[]) => cells.map((h) => ({ text: h, style: 'tableHeader' }));
  return [
    { text: REVIEW_REPORT_PORTAL_SECTION, style: 'heading' },
    {
      text: 'La revue est partie des comptes que le portail « Mon Compte Partenaire » liste réellement (revue inverse, contrat art. 2.2.2), comparés au registre.',
      margin: [0, 0, 0, 4],
    },
    keyValue([
      ['Liste du portail', p.fileName],
      ['Importée le', `${formatDateFr(calendarDateInParis(p.importedAt))} par ${p.importedBy}`],
      ['Comptes lus', `${n(p.accounts)} (${n(p.activeAccounts)} actifs ou suspendus, ${n(p.matched)} rapprochés d’un agent)`],
      ['Accès seulement dans le portail', n(p.portalOnlyItems)],
    ]),
    { text: [{ text: 'Empreinte SHA-256 du fichier : ' }, { text: p.sha256, fontSize: 8 }], margin: [0, 2, 0, 6] },
    p.kinds.length === 0
      ? { text: 'Aucun écart entre la liste du portail et le registre.', style: 'note' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 78, 62, 48, 60, 62],
            body: [
              header(PORTAL_KIND_HEADER),
              ...p.kinds.map((k): TableCell[] => [
                k.label,
                k.article,
                { text: n(k.found), alignment: 'right' },
                { text: n(k.resolved), alignment: 'right' },
                { text: n(k.explained), alignment: 'right' },
                { text: n(k.open), alignment: 'right' },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    ...(shown.length
      ? [
          { text: 'Traitement de chaque écart', bold: true, margin: [0, 8, 0, 2] } as Content,
          {
            table: {
              headerRows: 1,
              widths: [95, '*', 150, 70, 52],
              body: [
                header(PORTAL_DIFFERENCE_HEADER),
                ...shown.map((d) => [d.label, d.subject, d.outcome, d.by ?? '', d.on ? formatDateFr(d.on) : '']),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 8,
          } as Content,
          ...(p.differences.length > shown.length
            ? [{ text: `… et ${n(p.differences.length - shown.length)} autres écarts, tous dans le tableau CSV.`, style: 'note' } as Content]
            : []),
        ]
      : []),
  ];
}

const signatoryOf = (s: ReviewReportSnapshot) => s.attestation?.signatoryName?.trim() || s.conductedBy;

/** « Je soussigné(e) Véronique DJIRE, administrateur « Mon Compte Partenaire » du CCAS de Lieusaint, atteste … ». */
export function attestationSentence(s: ReviewReportSnapshot): string {
  const a = s.attestation;
  const role = a?.signatoryRole === 'Administrateur suppléant' ? 'administrateur suppléant' : 'administrateur';
  const partner = a ? a.partnerPhrase : `de ${valueOrBlank(s.partner.name)}`;
  const sep = partner.startsWith('pour') ? ', ' : ' ';
  return `Je soussigné(e) ${valueOrBlank(signatoryOf(s))}, ${role} « Mon Compte Partenaire »${sep}${partner}, atteste avoir réalisé la revue inverse des habilitations pour l’année ${s.year} et en transmettre le résultat à la Caf.`;
}

/** The detailed table as CSV for Excel (UTF-8 with BOM, « ; »). */
export function buildReviewReportCsv(s: ReviewReportSnapshot): string {
  return toExcelCsv(
    [...REVIEW_TABLE_HEADER],
    [...detailRows(s, () => ''), ...(s.portal ? portalCsvRows(s.portal) : [])],
  );
}

/** The reconciliation section under the detailed table, after an empty line. */
function portalCsvRows(p: NonNullable<ReviewReportSnapshot['portal']>): string[][] {
  return [
    [],
    [PORTAL_CSV_HEADING],
    ['Liste du portail', p.fileName],
    ['Importée le', formatDateFr(calendarDateInParis(p.importedAt)), p.importedBy],
    ['Empreinte SHA-256', p.sha256],
    ['Comptes lus', String(p.accounts)],
    ['Actifs ou suspendus', String(p.activeAccounts)],
    ['Rapprochés d’un agent', String(p.matched)],
    ['Accès seulement dans le portail', String(p.portalOnlyItems)],
    [],
    [...PORTAL_KIND_HEADER],
    ...p.kinds.map((k) => [k.label, k.article, String(k.found), String(k.resolved), String(k.explained), String(k.open)]),
    [],
    [...PORTAL_DIFFERENCE_HEADER],
    ...p.differences.map((d) => [d.label, d.subject, d.outcome, d.by ?? '', d.on ? formatDateFr(d.on) : '']),
  ];
}
