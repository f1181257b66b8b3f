import { useMemo } from 'react';
import { formatBulletinLabel, formatCount } from '../../../shared/domain/format';
import {
  buildRosterIndex,
  buildRosterRows,
  filterRoster,
} from '../../../shared/domain/roster-filter';
import { sectionByPath } from '../../shell/sections';
import type { RosterFirstScreen } from '../../shell/register/register-context';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { RosterTable } from './RosterTable';
import { RosterToolbar } from './RosterToolbar';

const BY_NAME = { key: 'name', direction: 'asc' } as const;

/**
 * The roster while a large register is read: its first rows, sorted by name as the whole
 * roster opens, in the same places: the projection kept from the last read (exactly the
 * roster's first rows, read in one `get`) or the first agents read from the register. Searching, sorting, counts, quotas and actions need every
 * habilitation: they come with the whole register, a moment later.
 */
export function RosterPreviewPage({
  preview,
  today,
}: {
  preview: RosterFirstScreen;
  today: string;
}) {
  const section = sectionByPath('/agents');
  const { rows, agentTotal, bulletins } = useMemo(() => {
    if (preview.kind === 'projection') return preview.page;
    const read = preview.preview;
    return {
      agentTotal: read.agentTotal,
      bulletins: read.bulletins.map((b) => ({ value: b.id, label: formatBulletinLabel(b) })),
      rows: filterRoster(
        buildRosterIndex(
          buildRosterRows({
            agents: read.agents,
            habilitations: read.habilitations,
            bulletins: read.bulletins,
            profiles: read.profiles,
            today,
          }),
        ),
        { sort: BY_NAME },
      ),
    };
  }, [preview, today]);
  return (
    <>
      <PageHeader
        title={section.label}
        description={`${formatCount(agentTotal, 'agent')} — lecture du registre en cours…`}
        actions={
          <>
            <Button variant="primary" isDisabled>
              Ajouter un agent
            </Button>
            <Button isDisabled>Accorder une habilitation</Button>
          </>
        }
      />
      <section className="card roster-quotas" aria-labelledby="roster-quotas-title">
        <div className="roster-quotas-line">
          <h2 id="roster-quotas-title">Quotas par bulletin et profil</h2>
          <span className="muted">calcul en cours…</span>
        </div>
      </section>
      <section className="card roster" aria-labelledby="roster-title" aria-busy="true">
        <h2 id="roster-title" className="visually-hidden">
          Liste
        </h2>
        <RosterToolbar
          values={{
            text: '',
            status: 'all',
            bulletinId: '',
            profileCode: '',
            anomaliesOnly: false,
          }}
          bulletins={bulletins}
          profiles={[]}
        />
        <p className="roster-count" role="status">
          Premières lignes par nom ; la recherche et les filtres arrivent avec le reste du registre…{' '}
          <progress aria-label="Lecture du registre" />
        </p>
        <RosterTable rows={rows} sort={BY_NAME} />
      </section>
    </>
  );
}
