import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Each screen is its own chunk, loaded when first visited: the first screen does not wait
 * for the PDF, Word and import code of the others (see « Performances » in the README).
 */
function screen(load: () => Promise<ComponentType>) {
  const Screen = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<p className="loading">Chargement…</p>}>
      <Screen />
    </Suspense>
  );
}

/** The code of each screen, by route path (also used to fetch the first screen early). */
const SCREENS = {
  '': () => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
  convention: () => import('../features/convention/ConventionPage').then((m) => m.ConventionPage),
  interlocuteurs: () => import('../features/contacts/ContactsPage').then((m) => m.ContactsPage),
  services: () => import('../features/services/ServicesPage').then((m) => m.ServicesPage),
  agents: () => import('../features/roster/RosterPage').then((m) => m.RosterPage),
  'agents/import': () =>
    import('../features/roster-import/RosterImportPage').then((m) => m.RosterImportPage),
  portail: () => import('../features/portal/PortalPage').then((m) => m.PortalPage),
  revue: () => import('../features/review/ReviewPage').then((m) => m.ReviewPage),
  documents: () => import('../features/documents/DocumentsPage').then((m) => m.DocumentsPage),
  incidents: () => import('../features/incidents/IncidentsPage').then((m) => m.IncidentsPage),
  journal: () => import('../features/journal/JournalPage').then((m) => m.JournalPage),
  sauvegardes: () => import('../features/backups/BackupsPage').then((m) => m.BackupsPage),
  import: () => import('../features/import/ImportPage').then((m) => m.ImportPage),
  parametres: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
} satisfies Record<string, () => Promise<ComponentType>>;

type ScreenPath = keyof typeof SCREENS;

/**
 * Starts downloading the screen of a `#/path` address right away (at start-up, in parallel
 * with opening the database); the route then finds the module already there.
 */
export function preloadScreen(hash: string): void {
  const path = hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? '';
  const load =
    (SCREENS as Record<string, (() => Promise<ComponentType>) | undefined>)[path] ?? SCREENS[''];
  void load().catch(() => undefined);
}

const route = (path: ScreenPath) =>
  path === ''
    ? { index: true, element: screen(SCREENS['']) }
    : { path, element: screen(SCREENS[path]) };

/** One route per sidebar section. */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      ...(Object.keys(SCREENS) as ScreenPath[]).map(route),
      { path: '*', element: screen(SCREENS['']) },
    ],
  },
];
