import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { toExcelCsv } from '../../../shared/documents/csv';
import { sectionByPath } from '../../shell/sections';
import { useDb, usePlatform } from '../../shell/services';
import { allJournalEntries, journalActors, queryJournal } from '../../db/repositories/journal';
import { checkIntegrity, type IntegrityReport } from '../../db/integrity-report';
import { HeadComparisonCard, IntegrityResult } from './IntegrityPanel';
import { frenchSpacing } from '../../../shared/domain/text';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxInput, DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../../shell/register/use-action';
import {
  ACTION_LABELS,
  changedFieldLabels,
  ENTITY_LABELS,
  entityLabel,
  formatInstant,
  journalCsvTable,
} from './labels';

const PAGE = 200;

export function JournalPage() {
  const db = useDb();
  const platform = usePlatform();
  const section = sectionByPath('/journal');
  const [entity, setEntity] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // Identifiers and hashes are for audits, not for reading: hidden until asked for.
  const [technical, setTechnical] = useState(false);
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const { run, busy } = useAction();

  const entries = useLiveQuery(
    () => queryJournal(db, { entity, actor, from, to, text, limit }),
    [db, entity, actor, from, to, text, limit],
  );
  const actors = useLiveQuery(() => journalActors(db), [db]) ?? [];

  const verify = () => run(async () => setReport(await checkIntegrity(db, platform.journalSeal)));

  const exportCsv = () =>
    run(async () => {
      const all = await allJournalEntries(db);
      const table = journalCsvTable(all);
      const csv = toExcelCsv(table.header, table.rows);
      const day = new Date().toISOString().slice(0, 10);
      return platform.saveFile({
        suggestedName: `journal-convention-mcp-${day}.csv`,
        filters: ['csv'],
        bytes: new TextEncoder().encode(csv),
      });
    }, 'Journal exporté en CSV.');

  return (
    <>
      <PageHeader
        title={section.label}
        description={frenchSpacing(
          'Chaque création, modification et suppression, avec son auteur et sa date. Les entrées sont chaînées les unes aux autres et comparées aux données : « Vérifier l’intégrité » dit ce qui est contrôlé et ce qui ne peut pas l’être.',
        )}
        actions={
          <>
            <Button variant="primary" onPress={verify} isDisabled={busy}>
              Vérifier l’intégrité
            </Button>
            <Button onPress={exportCsv} isDisabled={busy}>
              Exporter le journal (CSV)
            </Button>
          </>
        }
      />
      {report ? (
        <>
          <IntegrityResult report={report} />
          <HeadComparisonCard />
        </>
      ) : null}
      <Card title="Filtres">
        <FieldRow>
          <SelectInput
            label="Élément"
            value={entity}
            onChange={(e) => setEntity(e.target.value)}
            placeholder="Tous"
            options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <SelectInput
            label="Auteur"
            value={actor}
            onChange={(e) => setActor(e.target.value)}
            placeholder="Tous"
            options={actors.map((a) => ({ value: a, label: a }))}
          />
          <DateInput label="Du" value={from} onChange={(e) => setFrom(e.target.value)} />
          <DateInput label="Au" value={to} onChange={(e) => setTo(e.target.value)} />
          <TextInput
            label="Rechercher"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </FieldRow>
        <CheckboxInput
          label="Afficher les identifiants et empreintes"
          checked={technical}
          onChange={(e) => setTechnical(e.target.checked)}
        />
      </Card>
      <section className="card" aria-labelledby="journal-entries">
        <h2 id="journal-entries">Entrées</h2>
        {entries === undefined ? (
          <p>Chargement…</p>
        ) : entries.length === 0 ? (
          <p className="muted">Aucune entrée ne correspond à ces filtres.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">N°</th>
                <th scope="col">Date</th>
                <th scope="col">Auteur</th>
                <th scope="col">Action</th>
                <th scope="col">Élément</th>
                <th scope="col">Détail</th>
                {technical ? (
                  <>
                    <th scope="col">Identifiant</th>
                    <th scope="col">Empreinte</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{formatInstant(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>{ACTION_LABELS[e.action]}</td>
                  <td>{entityLabel(e.entity)}</td>
                  <td>
                    {e.summary ? <div>{e.summary}</div> : null}
                    {e.payload === null ? (
                      <div className="muted">Données personnelles purgées</div>
                    ) : e.action === 'update' ? (
                      <div className="muted">
                        Champs modifiés : {changedFieldLabels(e).join(', ') || 'aucun'}
                      </div>
                    ) : null}
                  </td>
                  {technical ? (
                    <>
                      <td>
                        <code>{e.entityId}</code>
                      </td>
                      <td>
                        <code className="hash">{e.hash}</code>
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {entries && entries.length >= limit ? (
          <div className="form-actions">
            <Button onPress={() => setLimit((l) => l + PAGE)}>Afficher plus d’entrées</Button>
          </div>
        ) : null}
      </section>
    </>
  );
}
