/** The articles the rules cite, written as the users read them in their documents. */
export const ARTICLES = {
  quota: 'contrat art. 2.2.1',
  habilitations: 'contrat art. 2.2',
  review: 'contrat art. 2.2.2',
  partnerCommitments: 'conv. art. 9.2',
  contactsAnnex: 'contrat, annexe 1',
  administratorForm: 'contrat, annexe 3',
  escalation: 'contrat art. 3.3',
  traces: 'contrat art. 5.3.2',
  subcontractors: 'conv. art. 14',
  bilan: 'conv. art. 16',
  renewal: 'conv. art. 17.1',
  termination: 'conv. art. 17.2',
  avenant: 'conv. art. 17.3',
} as const;

export type Article = (typeof ARTICLES)[keyof typeof ARTICLES];
