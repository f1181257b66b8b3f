/**
 * « Annexe à la délibération » (FORMS.md §3): what a secretariat attaches to the deliberation
 * that authorises the signature — parties, object, services and quotas, missions (conv.
 * art. 8), the designated Administrateur and suppléant — and a draft of the operative part
 * (AUTORISE …, DÉSIGNE …). Same blocks for the PDF and the editable .docx.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import { formatDateFr } from '../domain/dates';
import { formatNumber, formatSiret } from '../domain/format';
import { blocksToPdf, type Block, type Run } from './blocks';
import { withPageFrame } from './frame';
import { documentMetaSchema } from './meta';
import { checkFields, type DocumentCheck } from './missing';
import { BLANK_LINE, valueOrBlank } from './text';

const text = z.string().optional();
const person = z.object({ name: text, function: text });

export const deliberationAnnexSnapshotSchema = z.object({
  meta: documentMetaSchema,
  /** The body that deliberates: « Conseil d'administration du CCAS », « Conseil municipal ». */
  body: text,
  partner: z.object({
    name: text,
    kind: text,
    siret: text,
    address: text,
    representative: person,
  }),
  caf: z.object({ name: text, address: text, representative: person }),
  convention: z.object({
    number: text,
    mode: text,
    signedOn: text,
    effectiveOn: text,
  }),
  bulletins: z.array(
    z.object({
      label: z.string(),
      serviceLabel: text,
      annexNumber: text,
      quotas: z.array(z.object({ profileCode: z.string(), profileLabel: text, max: z.number() })),
    }),
  ),
  missions: z.array(z.string()),
  administrator: person,
  suppleant: person,
  /**
   * The deliberation the annex is attached to, cited by its heading (blank lines to fill by
   * hand when not known yet). Absent from snapshots stored before it existed: those keep
   * their original heading and layout, so that they regenerate identically.
   */
  deliberation: z.object({ number: text, date: text }).optional(),
});
export type DeliberationAnnexSnapshot = z.infer<typeof deliberationAnnexSnapshotSchema>;

export function checkDeliberationAnnex(s: DeliberationAnnexSnapshot): DocumentCheck {
  return checkFields([
    { label: 'Instance qui délibère', value: s.body },
    { label: 'Nom du partenaire', value: s.partner.name },
    { label: 'Représentant du partenaire', value: s.partner.representative.name },
    { label: 'Qualité du représentant du partenaire', value: s.partner.representative.function },
    { label: 'Nom de la Caf', value: s.caf.name },
    { label: 'Numéro de la convention', value: s.convention.number },
    { label: 'Administrateur — Prénom NOM', value: s.administrator.name },
    { label: 'Administrateur — fonction', value: s.administrator.function },
    { label: 'Administrateur suppléant — Prénom NOM', value: s.suppleant.name },
    { label: 'Administrateur suppléant — fonction', value: s.suppleant.function },
  ]);
}

const b = (t: string): Run => ({ text: t, bold: true });
const t = (x: string): Run => ({ text: x });
const v = (x: string | undefined) => valueOrBlank(x);

/** « le Président, Michel BISSON, » or « …………, » */
function signatoryWords(p: { name?: string | undefined; function?: string | undefined }): string {
  const fn = p.function?.trim();
  const name = p.name?.trim();
  if (fn && name)
    return `${/^[aeiouéèh]/i.test(fn) ? 'l’' : 'le '}${fn.charAt(0).toLowerCase()}${fn.slice(1)}, ${name},`;
  if (name) return `${name},`;
  return `${BLANK_LINE},`;
}

function personWithFunction(p: {
  name?: string | undefined;
  function?: string | undefined;
}): string {
  const name = v(p.name);
  return p.function?.trim() ? `${name}, ${p.function.trim()},` : `${name}, ${BLANK_LINE},`;
}

/** The draft operative part, as two paragraphs of runs. */
export function operativeText(s: DeliberationAnnexSnapshot): Run[][] {
  const services = [...new Set(s.bulletins.map((x) => x.label.split(' – ')[0]!))];
  const servicesWords = services.length
    ? ` (bulletins d’adhésion au service ${services.join(', ')})`
    : '';
  return [
    [
      b('AUTORISE '),
      t(
        `${signatoryWords(s.partner.representative)} à signer la convention d’accès à « Mon Compte Partenaire » avec la ${v(s.caf.name)}, le contrat de services et ses annexes${servicesWords}, ainsi que tout avenant à venir ;`,
      ),
    ],
    [
      b('DÉSIGNE '),
      t(
        `${personWithFunction(s.administrator)} en tant qu’administrateur « Mon Compte Partenaire » et ${personWithFunction(s.suppleant)} en tant que suppléant.`,
      ),
    ],
  ];
}

/** The annex as blocks (rendered to PDF and to .docx). */
export function deliberationAnnexBlocks(s: DeliberationAnnexSnapshot): Block[] {
  const partnerRep = s.partner.representative;
  const cafRep = s.caf.representative;
  const cited = s.deliberation;
  const blocks: Block[] = [
    {
      type: 'title',
      text: cited
        ? `Annexe à la délibération n° ${v(cited.number)} du ${cited.date ? formatDateFr(cited.date) : BLANK_LINE}`
        : 'Annexe à la délibération',
    },
    {
      type: 'subtitle',
      text: `Convention d’accès à « Mon Compte Partenaire » n° ${v(s.convention.number)} — ${v(s.body)}`,
    },
    { type: 'heading', text: '1. Les parties' },
    {
      type: 'bullets',
      items: [
        [
          b(v(s.caf.name)),
          t(`, ${v(s.caf.address)}, représentée par ${v(cafRep.name)}, ${v(cafRep.function)} ;`),
        ],
        [
          b(v(s.partner.name)),
          t(
            `${s.partner.siret ? `, SIRET ${formatSiret(s.partner.siret)}` : ''}, ${v(s.partner.address)}, représenté par ${v(partnerRep.name)}, ${v(partnerRep.function)}.`,
          ),
        ],
      ],
    },
    { type: 'heading', text: '2. Objet de la convention' },
    {
      type: 'paragraph',
      runs: [
        t(
          'La convention définit les conditions dans lesquelles le partenaire accède, par l’espace sécurisé « Mon Compte Partenaire » de la Caf, aux services nécessaires à ses missions, dans le respect de la protection des données des allocataires. Elle est complétée par un contrat de services, dont les annexes désignent les interlocuteurs et listent les services souscrits (bulletins d’adhésion) avec le nombre maximal d’habilitations par profil.',
        ),
      ],
    },
    {
      type: 'paragraph',
      runs: [
        t(
          'Elle est conclue pour une durée d’un an, renouvelable par tacite reconduction (art. 17.1). Gestion des habilitations : ',
        ),
        b(`mode ${v(s.convention.mode)}`),
        t(' (art. 9.1).'),
        ...(s.convention.signedOn
          ? [t(` Signature : ${formatDateFr(s.convention.signedOn)}.`)]
          : []),
      ],
    },
    { type: 'heading', text: '3. Services et bulletins d’adhésion' },
  ];
  if (s.bulletins.length === 0) {
    blocks.push({
      type: 'paragraph',
      runs: [t(`Aucun bulletin d’adhésion n’est enregistré : ${BLANK_LINE}`)],
    });
  }
  for (const bulletin of s.bulletins) {
    blocks.push({
      type: 'paragraph',
      runs: [
        b(
          `Bulletin ${bulletin.label}${bulletin.annexNumber ? ` (annexe ${bulletin.annexNumber})` : ''}`,
        ),
        ...(bulletin.serviceLabel ? [t(` — ${bulletin.serviceLabel}`)] : []),
      ],
    });
    const quotas = bulletin.quotas.filter((q) => q.max > 0);
    blocks.push(
      quotas.length
        ? {
            type: 'table',
            header: ['Profil', 'Libellé', 'Nombre maximal d’habilitations'],
            widths: [50, 0, 120],
            rows: quotas.map((q) => [q.profileCode, q.profileLabel ?? '', formatNumber(q.max)]),
          }
        : { type: 'paragraph', runs: [t(`Quotas par profil : ${BLANK_LINE}`)] },
    );
  }
  blocks.push(
    { type: 'heading', text: '4. Missions du partenaire (art. 8 de la convention)' },
    s.missions.length
      ? { type: 'bullets', items: s.missions.map((m) => [t(m)]) }
      : { type: 'paragraph', runs: [t(BLANK_LINE)] },
    { type: 'heading', text: '5. Administrateurs « Mon Compte Partenaire » désignés' },
    {
      type: 'table',
      header: ['Rôle', 'Prénom NOM', 'Fonction'],
      widths: [130, 0, 0],
      rows: [
        ['Administrateur', v(s.administrator.name), v(s.administrator.function)],
        ['Administrateur suppléant', v(s.suppleant.name), v(s.suppleant.function)],
      ],
    },
  );
  const operative: Block[] = [
    { type: 'heading', text: '6. Projet de dispositif' },
    {
      type: 'paragraph',
      runs: [
        t(
          `${s.body?.trim() ? `Le ${s.body.trim().charAt(0).toLowerCase()}${s.body.trim().slice(1)}` : BLANK_LINE}, après en avoir délibéré :`,
        ),
      ],
    },
    ...operativeText(s).map((runs): Block => ({ type: 'paragraph', runs })),
  ];
  // The operative part on one page: « DÉSIGNE … » never alone at the top of a page.
  blocks.push(...(cited ? [{ type: 'keep', blocks: operative } satisfies Block] : operative));
  return blocks;
}

export function buildDeliberationAnnexPdf(s: DeliberationAnnexSnapshot): TDocumentDefinitions {
  return withPageFrame(s.meta, blocksToPdf(deliberationAnnexBlocks(s)), {
    title: 'Annexe à la délibération — convention « Mon Compte Partenaire »',
  });
}

export function deliberationAnnexFileName(
  s: DeliberationAnnexSnapshot,
  format: 'pdf' | 'docx',
): string {
  return `annexe-deliberation-${s.meta.generatedAt.slice(0, 10)}.${format}`;
}
