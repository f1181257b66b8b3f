import { lazy, Suspense } from 'react';
import { HashRouter, useLocation, useRoutes } from 'react-router';
import { setUserName } from '../db/repositories/settings';
import { RouteErrorBoundary } from './RouteError';
import { ROUTES } from './routes';
import { useDb } from './services';
import { useUserName } from './use-user-name';
import { FirstScreen } from './first-screen/FirstScreen';
import { startFirstPage } from './first-screen/start-page';

/** Shown once, on a new workstation: its form (react-aria, the name's schema) loads then. */
const FirstRun = lazy(() => import('./FirstRun').then((m) => ({ default: m.FirstRun })));

/**
 * The screens (routes.tsx) under react-router's declarative router: the app has no loaders,
 * actions or fetchers, and the data router's code was a third of the router's weight in the
 * first screen's bundle (see « Performances » in the README).
 */
function Screens() {
  const location = useLocation();
  const element = useRoutes(ROUTES);
  return <RouteErrorBoundary location={location}>{element}</RouteErrorBoundary>;
}

export function App() {
  const db = useDb();
  const userName = useUserName();

  const loading = <p className="loading">Chargement…</p>;
  if (userName === undefined) {
    // Opening on the roster with its first page kept: the same screen until the shell is ready.
    const page = startFirstPage();
    return page ? <FirstScreen page={page} /> : loading;
  }
  if (userName === null) {
    return (
      <Suspense fallback={loading}>
        <FirstRun onSubmit={(name) => setUserName(db, name)} />
      </Suspense>
    );
  }
  // Hash routing works the same under app:// in Electron and on 127.0.0.1 in a browser.
  return (
    <HashRouter>
      <Screens />
    </HashRouter>
  );
}
