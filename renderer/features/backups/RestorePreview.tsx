import { EXPORT_TABLES, TABLE_LABELS } from '../../../shared/backup/export-format';
import { formatNumber } from '../../../shared/domain/format';
import { describeVerification } from '../../../shared/domain/journal-chain';
import type { ImportPreview } from '../../db/export-import/import';
import { formatInstant } from '../../ui/format';

/** What a backup holds, shown before it replaces the register. */
export function RestorePreview({ preview }: { preview: ImportPreview }) {
  const rows = EXPORT_TABLES.filter((t) => preview.counts[t] > 0 && t !== 'settings');
  return (
    <div className="backups-preview">
      <dl className="backups-facts">
        <div>
          <dt>Partenaire</dt>
          <dd>{preview.partner ?? 'Aucune convention'}</dd>
        </div>
        <div>
          <dt>Date de la sauvegarde</dt>
          <dd>{formatInstant(preview.exportedAt)}</dd>
        </div>
        <div>
          <dt>Version de l’application</dt>
          <dd>{preview.appVersion}</dd>
        </div>
        {preview.reason ? (
          <div>
            <dt>Motif</dt>
            <dd>{preview.reason}</dd>
          </div>
        ) : null}
      </dl>
      <table className="data backups-counts">
        <caption>Contenu de la sauvegarde</caption>
        <thead>
          <tr>
            <th scope="col">Données</th>
            <th scope="col">Nombre</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABELS[t]}</th>
              <td>{formatNumber(preview.counts[t])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.warnings.length ? (
        <div className="warning-box" role="status" aria-label="Incohérences signalées">
          <p>
            Cette sauvegarde peut être restaurée, mais elle contient des incohérences à vérifier
            ensuite (elles apparaîtront aussi au tableau de bord)&nbsp;:
          </p>
          <IssueGroups groups={preview.warnings} />
        </div>
      ) : null}
      <p className={preview.journal.ok ? 'muted' : 'warning-box'}>
        {preview.journal.ok ? '' : 'Attention : '}
        {describeVerification(preview.journal)}
      </p>
    </div>
  );
}

/** Problems grouped by kind, each group with its count and its first messages. */
export function IssueGroups({
  groups,
}: {
  groups: readonly { label: string; messages: string[]; count: number }[];
}) {
  return (
    <div className="issue-groups">
      {groups.map((g) => (
        <section key={g.label} aria-label={g.label}>
          <h3 className="issue-group-title">
            {g.label} ({formatNumber(g.count)})
          </h3>
          <ul>
            {g.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
