import { useEffect } from 'react';
import type { RosterFirstPage } from '../../../shared/domain/roster-first-page-stamp';
import { formatCount } from '../../../shared/domain/format';
import { PageHeader } from '../../ui/PageHeader';
import { markOnce } from '../perf';
import { SECTIONS, sectionByPath } from '../sections';
import { ACTIONS_WIDTH, COLUMNS, ROW_HEIGHT, rosterCell } from './roster-cells';

const APP_TITLE = 'Convention MCP';
/** Rows drawn: a tall screen's worth (the app's virtualised table takes over a moment later). */
const ROWS_SHOWN = 20;

/**
 * What start-up shows on the roster, before the register is open, from the first page kept
 * by the last run (renderer/db/roster-first-page-store.ts): the shell's frame and the roster's
 * first rows, in the same places as the app draws them, nothing to act on yet. The app replaces
 * it as soon as it is ready (the same rows, then the whole register).
 */
export function FirstScreen({ page }: { page: RosterFirstPage }) {
  const section = sectionByPath('/agents');
  const rows = page.rows.slice(0, ROWS_SHOWN);
  useEffect(() => {
    if (rows.length) markOnce('roster:rows-visible');
  }, [rows.length]);
  const minWidth = COLUMNS.reduce((sum, c) => sum + c.width, 0) + ACTIONS_WIDTH;
  return (
    <div className="app-shell" aria-busy="true">
      <div className="topbar">
        <span className="brand-name">{APP_TITLE}</span>
      </div>
      <aside className="sidebar" id="sidebar">
        <div className="brand">
          <span className="brand-name">{APP_TITLE}</span>
        </div>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.path}>
                <a
                  href={`#${s.path}`}
                  className={s.path === '/agents' ? 'active' : undefined}
                  aria-current={s.path === '/agents' ? 'page' : undefined}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="contenu" className="content" tabIndex={-1}>
        <PageHeader
          title={section.label}
          description={`${formatCount(page.agentTotal, 'agent')} — lecture du registre en cours…`}
        />
        <section className="card roster-quotas" aria-labelledby="roster-quotas-title">
          <div className="roster-quotas-line">
            <h2 id="roster-quotas-title">Quotas par bulletin et profil</h2>
            <span className="muted">calcul en cours…</span>
          </div>
        </section>
        <section className="card roster" aria-labelledby="roster-title">
          <h2 id="roster-title" className="visually-hidden">
            Liste
          </h2>
          <p className="roster-count" role="status">
            Premières lignes par nom ; la recherche et les filtres arrivent avec le reste du
            registre…
          </p>
          <div
            className="roster-scroll"
            role="region"
            aria-label="Liste des agents et habilitations"
          >
            <table className="data roster-table" style={{ minWidth: `${minWidth}rem` }}>
              <colgroup>
                {COLUMNS.map((c) => (
                  <col key={c.key} style={{ width: `${c.width}rem` }} />
                ))}
                <col style={{ width: `${ACTIONS_WIDTH}rem` }} />
              </colgroup>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c.key} scope="col" className={`roster-col-${c.key}`}>
                      {c.label}
                    </th>
                  ))}
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.key}
                    style={{ height: ROW_HEIGHT }}
                    className={r.status === 'revoked' ? 'is-ended' : undefined}
                  >
                    {COLUMNS.map((c) => (
                      <td key={c.key} className={`roster-col-${c.key}`}>
                        {rosterCell(r, c.key)}
                      </td>
                    ))}
                    <td className="roster-actions" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </div>
  );
}
