import type { ComponentType } from 'react';

/** A screen of the app: its route, its name and what it is for. */
export interface Section {
  path: string;
  label: string;
  description: string;
}

/** A screen and how to load its code (each screen is its own chunk, see routes.tsx). */
export interface Screen extends Section {
  screen: () => Promise<ComponentType>;
  /** false for a screen opened from another one (no sidebar entry, the window takes its h1). */
  inSidebar: boolean;
}

/**
 * The one list of screens: the sidebar sections, in the order a CCAS administrator works
 * through them, and the routes (routes.tsx) are both read from it. The only file outside a
 * screen's folder that may import screens (lazily), see eslint.config.js.
 */
export const SCREENS: readonly Screen[] = [
  {
    path: '/',
    label: 'Tableau de bord',
    description: 'Alertes et échéances de la convention.',
    screen: () => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
    inSidebar: true,
  },
  {
    path: '/convention',
    label: 'Convention',
    description: 'Partenaire, Caf, convention, avenants et contrat de services.',
    screen: () => import('../features/convention/ConventionPage').then((m) => m.ConventionPage),
    inSidebar: true,
  },
  {
    path: '/interlocuteurs',
    label: 'Interlocuteurs',
    description: 'Annexe 1 du contrat de services : contacts côté Caf et côté partenaire.',
    screen: () => import('../features/contacts/ContactsPage').then((m) => m.ContactsPage),
    inSidebar: true,
  },
  {
    path: '/services',
    label: 'Services et quotas',
    description: 'Annexe 2 : bulletins d’adhésion et nombre maximal d’habilitations par profil.',
    screen: () => import('../features/services/ServicesPage').then((m) => m.ServicesPage),
    inSidebar: true,
  },
  {
    path: '/agents',
    label: 'Agents et habilitations',
    description: 'Qui peut consulter les dossiers Caf, avec quel profil.',
    screen: () => import('../features/roster/RosterPage').then((m) => m.RosterPage),
    inSidebar: true,
  },
  {
    path: '/agents/import',
    label: 'Importer une liste d’agents',
    description: 'Depuis un fichier Excel (.xlsx) ou CSV.',
    screen: () =>
      import('../features/roster-import/RosterImportPage').then((m) => m.RosterImportPage),
    inSidebar: false,
  },
  {
    path: '/portail',
    label: 'Rapprochement portail',
    description: 'La liste des comptes du portail « Mon Compte Partenaire » comparée au registre.',
    screen: () => import('../features/portal/PortalPage').then((m) => m.PortalPage),
    inSidebar: true,
  },
  {
    path: '/revue',
    label: 'Revue annuelle',
    description: 'Revue inverse des habilitations, chaque année (contrat art. 2.2.2).',
    screen: () => import('../features/review/ReviewPage').then((m) => m.ReviewPage),
    inSidebar: true,
  },
  {
    path: '/documents',
    label: 'Documents',
    description: 'Formulaires, annexes et rapports produits pour la Caf et le conseil.',
    screen: () => import('../features/documents/DocumentsPage').then((m) => m.DocumentsPage),
    inSidebar: true,
  },
  {
    path: '/incidents',
    label: 'Demandes et incidents',
    description:
      'Demandes au Centre de services Caf (contrat art. 3) et incidents de sécurité signalés (conv. art. 9.2).',
    screen: () => import('../features/incidents/IncidentsPage').then((m) => m.IncidentsPage),
    inSidebar: true,
  },
  {
    path: '/journal',
    label: 'Journal',
    description: 'Toutes les modifications du registre.',
    screen: () => import('../features/journal/JournalPage').then((m) => m.JournalPage),
    inSidebar: true,
  },
  {
    path: '/sauvegardes',
    label: 'Sauvegardes',
    description: 'Copies de sécurité du registre et restauration.',
    screen: () => import('../features/backups/BackupsPage').then((m) => m.BackupsPage),
    inSidebar: true,
  },
  {
    path: '/import',
    label: 'Importer la convention',
    description: 'Pré-remplir le registre à partir du texte ou du PDF de la convention signée.',
    screen: () => import('../features/import/ImportPage').then((m) => m.ImportPage),
    inSidebar: true,
  },
  {
    path: '/parametres',
    label: 'Paramètres',
    description:
      'Votre nom, le catalogue des profils et le seuil des comptes inutilisés du portail.',
    screen: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
    inSidebar: true,
  },
];

/** The sidebar sections. */
export const SECTIONS: readonly Screen[] = SCREENS.filter((s) => s.inSidebar);

export function sectionByPath(path: string): Section {
  const found = SECTIONS.find((s) => s.path === path);
  if (!found) throw new Error(`Unknown section ${path}`);
  return found;
}
