import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { setUserName } from '../db/repositories/settings';
import { FirstRun } from './FirstRun';
import { ROUTES } from './routes';
import { useDb } from './services';
import { useUserName } from './use-user-name';

export function App() {
  const db = useDb();
  const userName = useUserName();
  // Hash routing works the same under app:// in Electron and on 127.0.0.1 in a browser.
  const [router] = useState(() => createHashRouter(ROUTES));

  if (userName === undefined) return <p className="loading">Chargement…</p>;
  if (userName === null) return <FirstRun onSubmit={(name) => setUserName(db, name)} />;
  return <RouterProvider router={router} />;
}
