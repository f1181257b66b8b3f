import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Each screen is its own chunk, loaded when first visited: the first screen does not wait
 * for the PDF, Word and import code of the others (see « Performances » in the README).
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Screen = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<p className="loading">Chargement…</p>}>
      <Screen />
    </Suspense>
  );
}

const dashboard = () => screen(() => import('../features/dashboard/DashboardPage'), (m) => m.DashboardPage);

/** One route per sidebar section; screens of later releases show « Bientôt disponible ». */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: dashboard() },
      { path: 'convention', element: screen(() => import('../features/convention/ConventionPage'), (m) => m.ConventionPage) },
      { path: 'interlocuteurs', element: screen(() => import('../features/contacts/ContactsPage'), (m) => m.ContactsPage) },
      { path: 'services', element: screen(() => import('../features/services/ServicesPage'), (m) => m.ServicesPage) },
      { path: 'agents', element: screen(() => import('../features/roster/RosterPage'), (m) => m.RosterPage) },
      { path: 'agents/import', element: screen(() => import('../features/roster-import/RosterImportPage'), (m) => m.RosterImportPage) },
      { path: 'revue', element: screen(() => import('../features/review/ReviewPage'), (m) => m.ReviewPage) },
      { path: 'documents', element: screen(() => import('../features/documents/DocumentsPage'), (m) => m.DocumentsPage) },
      { path: 'incidents', element: screen(() => import('../features/incidents/IncidentsPage'), (m) => m.IncidentsPage) },
      { path: 'journal', element: screen(() => import('../features/journal/JournalPage'), (m) => m.JournalPage) },
      { path: 'sauvegardes', element: screen(() => import('../features/backups/BackupsPage'), (m) => m.BackupsPage) },
      { path: 'import', element: screen(() => import('../features/import/ImportPage'), (m) => m.ImportPage) },
      { path: 'parametres', element: screen(() => import('../features/settings/SettingsPage'), (m) => m.SettingsPage) },
      { path: '*', element: dashboard() },
    ],
  },
];
