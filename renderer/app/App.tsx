import { useState } from 'react';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { setUserName } from '../db/repositories/settings';
import { ComingSoon } from './ComingSoon';
import { FirstRun } from './FirstRun';
import { Layout } from './Layout';
import { SECTIONS } from './sections';
import { useDb } from './services';
import { useUserName } from './use-user-name';

const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      ...SECTIONS.map((section) =>
        section.path === '/'
          ? { index: true, element: <ComingSoon section={section} /> }
          : { path: section.path.slice(1), element: <ComingSoon section={section} /> },
      ),
      { path: '*', element: <ComingSoon section={SECTIONS[0]!} /> },
    ],
  },
];

export function App() {
  const db = useDb();
  const userName = useUserName();
  // Hash routing works the same under app:// in Electron and on 127.0.0.1 in a browser.
  const [router] = useState(() => createHashRouter(ROUTES));

  if (userName === undefined) return <p className="loading">Chargement…</p>;
  if (userName === null) return <FirstRun onSubmit={(name) => setUserName(db, name)} />;
  return <RouterProvider router={router} />;
}
