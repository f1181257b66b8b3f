/**
 * « Formulaire de changement d'administrateur partenaire » — Annexe 3 of the contrat de
 * services (FORMS.md §1). Every field of the real form, in its order; the yes/no answer is
 * ticked with a ballot box of the embedded font; two signature blocks side by side.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import { looksLikeSharedEmail } from '../domain/email-heuristics';
import { formatPhone } from '../domain/format';
import { CHECKED_BOX, EMPTY_BOX } from './fonts';
import { withPageFrame } from './frame';
import { documentMetaSchema } from './meta';
import { checkFields, type DocumentCheck } from './missing';
import { valueOrBlank } from './text';

const text = z.string().optional();

export const ADMIN_CHANGE_ROLES = ['administrateur', 'administrateur-suppleant'] as const;

export const adminChangeSnapshotSchema = z.object({
  meta: documentMetaSchema,
  /** Which role of the contacts annex changes. */
  role: z.enum(ADMIN_CHANGE_ROLES),
  /** The date the new person takes the role (the old contact ends the day before). */
  effectiveOn: z.string().min(1),
  caf: z.object({ name: text, address: text }),
  newAdmin: z.object({
    /** « Prénom NOM » as printed. */
    name: text,
    firstName: text,
    lastName: text,
    function: text,
    phoneFixed: text,
    phoneMobile: text,
    email: text,
    /** The roster agent, when picked from it. */
    agentId: text,
  }),
  replaces: z.boolean(),
  replaced: z.object({ name: text, email: text, contactId: text, agentId: text }),
  partnerSignatory: z.object({ function: text, name: text }),
  adminSignatory: z.object({ function: text, name: text }),
});
export type AdminChangeSnapshot = z.infer<typeof adminChangeSnapshotSchema>;

export const ADMIN_CHANGE_LABELS = {
  partner: 'Partenaire :',
  convention: 'Convention n°',
  attention: "A l'attention de l'administrateur « Mon Compte Partenaire »",
  object: "Objet : modification d'un administrateur",
  name: "Prénom et NOM de l'administrateur à habiliter :",
  function: 'Fonction :',
  contact: 'Coordonnées :',
  phones: 'Numéro de téléphone (renseigner au moins un numéro) :',
  phoneFixed: 'Téléphone fixe :',
  phoneMobile: 'Téléphone mobile :',
  email: 'Adresse mél personnelle et individuelle :',
  usage:
    "Ces coordonnées seront utilisées par la Caf uniquement dans le cadre de la gestion de l'accès à « Mon Compte Partenaire ».",
  replaces: 'Cet administrateur remplace-t-il un administrateur existant :',
  ifYes: 'Si oui,',
  replacedName: "précisez les prénoms et noms de l'administrateur à remplacer :",
  replacedEmail: "précisez l'adresse mél de l'administrateur à remplacer :",
  forPartner: 'Pour le Partenaire',
  theAdmin: "L'administrateur",
  signatoryFunction: 'Fonction du signataire :',
  signatoryName: 'Prénom NOM et signature :',
} as const;

export const ADMIN_CHANGE_REFUSALS = {
  name: 'Indiquez le prénom et le NOM du nouvel administrateur : la Caf ne peut pas lui ouvrir l’accès sans eux.',
  phone:
    'Indiquez au moins un numéro de téléphone (fixe ou mobile) du nouvel administrateur : le formulaire de la Caf l’exige.',
  email:
    'Indiquez l’adresse mél personnelle et individuelle du nouvel administrateur : la Caf l’utilise pour lui transmettre ses accès.',
} as const;

const ROLE_WORDS = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
} as const;

/** Refusals (name, a phone, an e-mail), fields printed as lines to fill, and warnings. */
export function checkAdminChange(s: AdminChangeSnapshot): DocumentCheck {
  const L = ADMIN_CHANGE_LABELS;
  const phones = [s.newAdmin.phoneFixed, s.newAdmin.phoneMobile]
    .filter((p) => p && p.trim())
    .join(' ');
  const warnings: string[] = [];
  const shared = looksLikeSharedEmail(s.newAdmin.email);
  if (shared.shared) {
    warnings.push(
      `L’adresse mél ${s.newAdmin.email} ressemble à une boîte partagée (« ${shared.word} ») : la Caf demande une adresse personnelle et individuelle (contrat, annexe 3).`,
    );
  }
  return checkFields(
    [
      { label: 'Partenaire', value: s.meta.partnerName },
      { label: 'Numéro de la convention', value: s.meta.conventionNumber },
      { label: 'Nom de la Caf', value: s.caf.name },
      { label: 'Adresse postale de la Caf', value: s.caf.address },
      { label: L.name, value: s.newAdmin.name, refusal: ADMIN_CHANGE_REFUSALS.name },
      { label: L.function, value: s.newAdmin.function },
      { label: L.phones, value: phones, refusal: ADMIN_CHANGE_REFUSALS.phone },
      { label: L.email, value: s.newAdmin.email, refusal: ADMIN_CHANGE_REFUSALS.email },
      { label: L.replacedName, value: s.replaced.name, applies: s.replaces },
      { label: L.replacedEmail, value: s.replaced.email, applies: s.replaces },
      { label: `${L.forPartner} — fonction du signataire`, value: s.partnerSignatory.function },
      { label: `${L.forPartner} — Prénom NOM`, value: s.partnerSignatory.name },
      { label: `${L.theAdmin} — fonction du signataire`, value: s.adminSignatory.function },
      { label: `${L.theAdmin} — Prénom NOM`, value: s.adminSignatory.name },
    ],
    warnings,
  );
}

const line = (label: string, value: string | undefined, indent = 0): Content => ({
  text: [{ text: `${label} ` }, { text: valueOrBlank(value), bold: true }],
  margin: [indent, 0, 0, 7],
});

function signatureBlock(title: string, fn: string | undefined, name: string | undefined): Content {
  const L = ADMIN_CHANGE_LABELS;
  return {
    stack: [
      { text: title, bold: true, fontSize: 10.5, margin: [0, 0, 0, 6] },
      { text: L.signatoryFunction, fontSize: 9 },
      { text: valueOrBlank(fn), bold: true, margin: [0, 0, 0, 6] },
      { text: L.signatoryName, fontSize: 9 },
      { text: valueOrBlank(name), bold: true, margin: [0, 0, 0, 0] },
      // Room to sign.
      { text: 'Signature', fontSize: 8, color: '#555555', margin: [0, 8, 0, 0] },
      { text: '', margin: [0, 0, 0, 62] },
    ],
  };
}

/** The pdfmake definition of the form. */
export function buildAdminChangePdf(s: AdminChangeSnapshot): TDocumentDefinitions {
  const L = ADMIN_CHANGE_LABELS;
  const yes = s.replaces;
  const notApplicable = !s.replaces;
  const replacedValue = (v: string | undefined) => (notApplicable ? undefined : v);
  const content: Content[] = [
    {
      text: 'Contrat de services — Annexe 3 : Formulaire (à conserver par le partenaire et à renvoyer à la Caf en cas de modification)',
      style: 'note',
      margin: [0, 0, 0, 14],
    },
    {
      columns: [
        {
          width: '*',
          stack: [
            {
              text: [
                { text: `${L.partner} ` },
                { text: valueOrBlank(s.meta.partnerName), bold: true },
              ],
            },
            {
              text: [
                { text: `${L.convention} ` },
                { text: valueOrBlank(s.meta.conventionNumber), bold: true },
              ],
              margin: [0, 4, 0, 0],
            },
          ],
        },
        {
          width: 230,
          stack: [
            { text: valueOrBlank(s.caf.name), bold: true },
            { text: valueOrBlank(s.caf.address) },
            { text: L.attention, margin: [0, 8, 0, 0] },
          ],
        },
      ],
      margin: [0, 0, 0, 22],
    },
    { text: L.object, bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
    {
      text: `Rôle concerné : ${ROLE_WORDS[s.role]} « Mon Compte Partenaire »`,
      style: 'small',
      margin: [0, 0, 0, 16],
    },
    line(L.name, s.newAdmin.name),
    line(L.function, s.newAdmin.function),
    { text: L.contact, bold: true, margin: [0, 6, 0, 5] },
    { text: L.phones, margin: [0, 0, 0, 5] },
    line(`– ${L.phoneFixed}`, formatPhone(s.newAdmin.phoneFixed), 14),
    line(`– ${L.phoneMobile}`, formatPhone(s.newAdmin.phoneMobile), 14),
    line(`– ${L.email}`, s.newAdmin.email, 0),
    { text: L.usage, italics: true, fontSize: 9.5, margin: [0, 4, 0, 14] },
    {
      text: [
        { text: `${L.replaces}   ` },
        { text: `${yes ? CHECKED_BOX : EMPTY_BOX} oui`, bold: yes },
        { text: '     ' },
        { text: `${yes ? EMPTY_BOX : CHECKED_BOX} non`, bold: !yes },
      ],
      margin: [0, 0, 0, 8],
    },
    { text: L.ifYes, margin: [0, 0, 0, 5] },
    notApplicable
      ? {
          stack: [
            {
              text: [`– ${L.replacedName} `, { text: 'sans objet', italics: true }],
              margin: [14, 0, 0, 7],
            },
            {
              text: [`– ${L.replacedEmail} `, { text: 'sans objet', italics: true }],
              margin: [14, 0, 0, 7],
            },
          ],
        }
      : {
          stack: [
            line(`– ${L.replacedName}`, replacedValue(s.replaced.name), 14),
            line(`– ${L.replacedEmail}`, replacedValue(s.replaced.email), 14),
          ],
        },
    {
      margin: [0, 26, 0, 0],
      unbreakable: true,
      table: {
        widths: ['*', '*'],
        body: [
          [
            signatureBlock(L.forPartner, s.partnerSignatory.function, s.partnerSignatory.name),
            signatureBlock(L.theAdmin, s.adminSignatory.function, s.adminSignatory.name),
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0.6,
        vLineWidth: () => 0.6,
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 8,
        paddingBottom: () => 8,
      },
    },
  ];
  return withPageFrame(s.meta, content, {
    title: 'Formulaire de changement d’administrateur « Mon Compte Partenaire »',
    subject: `Modification d'un administrateur — ${ROLE_WORDS[s.role]}`,
  });
}

/** `changement-administrateur-2024-01-08-suppleant.pdf` */
export function adminChangeFileName(s: AdminChangeSnapshot): string {
  const day = s.meta.generatedAt.slice(0, 10);
  return `changement-administrateur-${s.role === 'administrateur' ? 'titulaire' : 'suppleant'}-${day}.pdf`;
}
