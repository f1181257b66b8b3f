import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useUserName } from './use-user-name';
import { Notices } from '../ui/Notices';
import { SECTIONS } from './sections';
import { ConventionSwitcher } from './ConventionSwitcher';
import { RegisterProvider } from './register/RegisterProvider';
import { usePlatform } from './services';
import { focusElement, focusPageHeading, installFocusGuard } from '../ui/focus';

export const APP_TITLE = 'Convention MCP';

/** « Agents et habilitations — Convention MCP »: the section's name, or the screen's h1. */
export function screenTitle(pathname: string, heading?: string | null): string {
  const section = SECTIONS.find((s) => s.path === pathname);
  const name = section?.label ?? heading?.replace(/\s+/g, ' ').trim();
  return name ? `${name} — ${APP_TITLE}` : APP_TITLE;
}

/** The search box of the current screen (Ctrl+F), if it has one. */
export function focusScreenSearch(): boolean {
  const main = document.getElementById('contenu');
  const search = main?.querySelector<HTMLInputElement>(
    'input[type="search"]:not([disabled]), [data-screen-search]',
  );
  if (!focusElement(search)) return false;
  if (search instanceof HTMLInputElement) search.select();
  return true;
}

export function Layout() {
  const platform = usePlatform();
  const userName = useUserName();
  const { pathname } = useLocation();
  // Only the screen the app opens on: later visits find the register already read.
  const [opensOnRoster] = useState(() => pathname === '/agents');
  const [menuOpen, setMenuOpen] = useState(false);
  const firstScreen = useRef(true);

  useEffect(() => installFocusGuard(), []);

  // Each screen names the window; on arrival (not at start-up) focus goes to its title.
  useEffect(() => {
    const arrival = !firstScreen.current;
    firstScreen.current = false;
    const main = document.getElementById('contenu');
    let done = false;
    const settle = () => {
      const h1 = main?.querySelector('h1');
      document.title = screenTitle(pathname, h1?.textContent);
      if (!h1 || done) return;
      done = true;
      const active = document.activeElement;
      // Only when the user is not already typing in the new screen (a search of the URL…).
      if (
        arrival &&
        (!active ||
          active === document.body ||
          active.closest('nav') ||
          !active.isConnected ||
          active === main)
      ) {
        focusElement(h1);
      }
    };
    settle();
    // Screens load on demand: wait for the h1 (at most a few seconds).
    const observer = main ? new MutationObserver(settle) : undefined;
    if (main) observer?.observe(main, { childList: true, subtree: true, characterData: true });
    const stop = setTimeout(() => observer?.disconnect(), 5000);
    return () => {
      observer?.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);

  // Ctrl+F focuses the screen's search, as in the users' other tools (and the desktop menu).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.altKey &&
        e.key.toLowerCase() === 'f' &&
        focusScreenSearch()
      )
        e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Hash routing: « #contenu » would be a route. The link moves focus itself.
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    if (!focusPageHeading()) focusElement(document.getElementById('contenu'));
  };

  return (
    <RegisterProvider rosterPreview={opensOnRoster}>
      <div className={`app-shell${menuOpen ? ' menu-open' : ''}`}>
        <a href="#contenu" className="skip-link" onClick={skip}>
          Aller au contenu
        </a>
        <div className="topbar">
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span aria-hidden="true">☰</span> Menu
          </button>
          <span className="brand-name">{APP_TITLE}</span>
        </div>
        <aside className="sidebar" id="sidebar">
          <div className="brand">
            <span className="brand-name">{APP_TITLE}</span>
            <ConventionSwitcher />
          </div>
          <nav aria-label="Sections">
            <ul>
              {SECTIONS.map((s) => (
                <li key={s.path}>
                  <NavLink to={s.path} end={s.path === '/'} onClick={() => setMenuOpen(false)}>
                    {s.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Notices revealFile={platform.revealFile} />
          <div className="sidebar-user" aria-label="Utilisateur">
            {userName}
          </div>
        </aside>
        <main id="contenu" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </RegisterProvider>
  );
}
