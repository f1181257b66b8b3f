import type { RouteObject } from 'react-router';
import { BackupsPage } from '../features/backups/BackupsPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { ImportPage } from '../features/import/ImportPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { ConventionPage } from '../features/convention/ConventionPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { JournalPage } from '../features/journal/JournalPage';
import { RosterPage } from '../features/roster/RosterPage';
import { RosterImportPage } from '../features/roster-import/RosterImportPage';
import { ServicesPage } from '../features/services/ServicesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** One route per sidebar section; screens of later releases show « Bientôt disponible ». */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'convention', element: <ConventionPage /> },
      { path: 'interlocuteurs', element: <ContactsPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'agents', element: <RosterPage /> },
      { path: 'agents/import', element: <RosterImportPage /> },
      { path: 'revue', element: <ReviewPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'incidents', element: <IncidentsPage /> },
      { path: 'journal', element: <JournalPage /> },
      { path: 'sauvegardes', element: <BackupsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'parametres', element: <SettingsPage /> },
      { path: '*', element: <DashboardPage /> },
    ],
  },
];
