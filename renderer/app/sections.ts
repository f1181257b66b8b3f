/** The sidebar sections, in the order a CCAS administrator works through them. */
export interface Section {
  path: string;
  label: string;
  description: string;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Tableau de bord', description: 'Alertes et échéances de la convention.' },
  {
    path: '/convention',
    label: 'Convention',
    description: 'Partenaire, Caf, convention, avenants et contrat de services.',
  },
  {
    path: '/interlocuteurs',
    label: 'Interlocuteurs',
    description: 'Annexe 1 du contrat de services : contacts côté Caf et côté partenaire.',
  },
  {
    path: '/services',
    label: 'Services et quotas',
    description: 'Annexe 2 : bulletins d’adhésion et nombre maximal d’habilitations par profil.',
  },
  {
    path: '/agents',
    label: 'Agents et habilitations',
    description: 'Qui peut consulter les dossiers Caf, avec quel profil.',
  },
  {
    path: '/portail',
    label: 'Rapprochement portail',
    description: 'La liste des comptes du portail « Mon Compte Partenaire » comparée au registre.',
  },
  {
    path: '/revue',
    label: 'Revue annuelle',
    description: 'Revue inverse des habilitations, chaque année (contrat art. 2.2.2).',
  },
  {
    path: '/documents',
    label: 'Documents',
    description: 'Formulaires, annexes et rapports produits pour la Caf et le conseil.',
  },
  {
    path: '/incidents',
    label: 'Demandes et incidents',
    description:
      'Demandes au Centre de services Caf (contrat art. 3) et incidents de sécurité signalés (conv. art. 9.2).',
  },
  { path: '/journal', label: 'Journal', description: 'Toutes les modifications du registre.' },
  {
    path: '/sauvegardes',
    label: 'Sauvegardes',
    description: 'Copies de sécurité du registre et restauration.',
  },
  {
    path: '/import',
    label: 'Importer la convention',
    description: 'Pré-remplir le registre à partir du texte ou du PDF de la convention signée.',
  },
  { path: '/parametres', label: 'Paramètres', description: 'Votre nom, le catalogue des profils et le seuil des comptes inutilisés du portail.' },
];

export function sectionByPath(path: string): Section {
  const found = SECTIONS.find((s) => s.path === path);
  if (!found) throw new Error(`Unknown section ${path}`);
  return found;
}
