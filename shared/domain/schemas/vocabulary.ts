/**
 * The words of the convention the entities enumerate: the two sides, the kinds of partner, the
 * management modes, the portal roles and the contact roles of Annexe 1. Plain constants, no zod,
 * so that screens and importers can use them without loading the schemas.
 */

export const PARTNER_KINDS = ['CCAS', 'commune', 'EPCI', 'autre'] as const;
export const MANAGEMENT_MODES = ['délégué', 'centralisé'] as const;
export const PORTAL_ROLES = [
  'Administrateur',
  'Administrateur suppléant',
  "Responsable d'habilitations",
  'Utilisateur',
] as const;
export const SIDES = ['caf', 'partner'] as const;

/** Contact roles of Annexe 1; which side may hold which is in `ROLES_BY_SIDE`. */
export const CONTACT_ROLES = [
  'administrateur',
  'administrateur-suppleant',
  'responsable-mcp',
  'responsable-securite',
  'responsable-informatique',
  'dpo',
  'guichet-unique',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type Side = (typeof SIDES)[number];

export const ROLES_BY_SIDE: Record<Side, readonly ContactRole[]> = {
  caf: [
    'administrateur',
    'responsable-mcp',
    'responsable-securite',
    'responsable-informatique',
    'dpo',
    'guichet-unique',
  ],
  partner: ['administrateur', 'administrateur-suppleant', 'responsable-securite', 'dpo'],
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
  'responsable-mcp': 'Responsable « Mon Compte Partenaire »',
  'responsable-securite': 'Responsable Sécurité',
  'responsable-informatique': 'Responsable Informatique',
  dpo: 'Délégué à la protection des données',
  'guichet-unique': 'Guichet unique du Centre de services Caf',
};
