import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { SCREENS } from './sections';

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

const HOME = SCREENS.find((s) => s.path === '/')!;

/**
 * Starts downloading the screen of a `#/path` address right away (at start-up, in parallel
 * with opening the database); the route then finds the module already there.
 */
export function preloadScreen(hash: string): void {
  const path = `/${hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? ''}`;
  const load = (SCREENS.find((s) => s.path === path) ?? HOME).screen;
  void load().catch(() => undefined);
}

/** One route per screen of the one list (sections.ts). */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      ...SCREENS.map((s) =>
        s.path === '/'
          ? { index: true, element: screen(s.screen) }
          : { path: s.path.slice(1), element: screen(s.screen) },
      ),
      { path: '*', element: screen(HOME.screen) },
    ],
  },
];
