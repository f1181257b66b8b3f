/**
 * The partner's commitments checked at the yearly review (conv. art. 9.2 and contrat
 * art. 2–5), answered Oui / Non / Sans objet with a comment (FORMS.md §2, point 5).
 */
export const CHECKLIST_ITEMS = [
  {
    key: 'contacts-annex',
    label: 'L’annexe des interlocuteurs est à jour',
    article: 'contrat, annexe 1',
  },
  {
    key: 'administrators',
    label: 'L’administrateur et son suppléant sont désignés et joignables',
    article: 'contrat art. 2.2',
  },
  {
    key: 'departures',
    label: 'Les départs et changements de fonction ont été traités sans délai',
    article: 'conv. art. 9.2',
  },
  {
    key: 'no-shared',
    label: 'Aucune habilitation n’est partagée entre plusieurs personnes',
    article: 'conv. art. 9.2',
  },
  {
    key: 'staff-informed',
    label:
      'Les agents ont été informés des règles de sécurité (date de la dernière information en commentaire)',
    article: 'conv. art. 9.2',
  },
  {
    key: 'no-automation',
    label: 'Aucun automate ne se connecte à la place d’un utilisateur',
    article: 'conv. art. 9.2',
  },
  {
    key: 'incidents',
    label: 'Les incidents de sécurité ont été signalés à la Caf',
    article: 'conv. art. 9.2',
  },
  {
    key: 'subcontractors',
    label: 'Les sous-traitants ont été déclarés à la Caf',
    article: 'conv. art. 14',
  },
  {
    key: 'gdpr-register',
    label: 'Le traitement est inscrit au registre des traitements (RGPD) du partenaire',
    article: 'contrat art. 5',
  },
] as const;

export type ChecklistKey = (typeof CHECKLIST_ITEMS)[number]['key'];

export const CHECKLIST_ANSWER_LABELS = {
  oui: 'Oui',
  non: 'Non',
  'sans-objet': 'Sans objet',
} as const;

export function emptyChecklist(): {
  key: string;
  answer?: 'oui' | 'non' | 'sans-objet';
  comment?: string;
}[] {
  return CHECKLIST_ITEMS.map((i) => ({ key: i.key }));
}
