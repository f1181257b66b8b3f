import type { RouteObject } from 'react-router';
import { ConventionPage } from '../features/convention/ConventionPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { JournalPage } from '../features/journal/JournalPage';
import { RosterPage } from '../features/roster/RosterPage';
import { ServicesPage } from '../features/services/ServicesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ComingSoon } from './ComingSoon';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { sectionByPath } from './sections';

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
      { path: 'revue', element: <ComingSoon section={sectionByPath('/revue')} /> },
      { path: 'documents', element: <ComingSoon section={sectionByPath('/documents')} /> },
      { path: 'incidents', element: <IncidentsPage /> },
      { path: 'journal', element: <JournalPage /> },
      { path: 'sauvegardes', element: <ComingSoon section={sectionByPath('/sauvegardes')} /> },
      { path: 'parametres', element: <SettingsPage /> },
      { path: '*', element: <DashboardPage /> },
    ],
  },
];
