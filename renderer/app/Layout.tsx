import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useUserName } from './use-user-name';
import { Notices } from '../ui/Notices';
import { SECTIONS } from './sections';
import { ConventionSwitcher } from '../features/convention/ConventionSwitcher';
import { RegisterProvider } from '../features/register/RegisterProvider';

export function Layout() {
  const userName = useUserName();
  const { pathname } = useLocation();
  // Only the screen the app opens on: later visits find the register already read.
  const [opensOnRoster] = useState(() => pathname === '/agents');
  return (
    <RegisterProvider rosterPreview={opensOnRoster}>
      <div className="app-shell">
        <a href="#contenu" className="skip-link">
          Aller au contenu
        </a>
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-name">Convention MCP</span>
            <ConventionSwitcher />
          </div>
          <nav aria-label="Sections">
            <ul>
              {SECTIONS.map((s) => (
                <li key={s.path}>
                  <NavLink to={s.path} end={s.path === '/'}>
                    {s.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Notices />
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
