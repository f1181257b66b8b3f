import { importHints, type ImportDraft } from '../../../../shared/import';
import { DatesNote } from '../ImportOnboarding';
import { sourcePlace } from '../../../../shared/import/source-ref';
import { Card } from '../../../ui/Card';
import { DateInput, SelectInput, TextArea } from '../../../ui/fields';
import { UNREAD_PARTS, unreadOf, useReview } from './context';
import { DraftField, type EditDraft } from './DraftField';
import { OpenTextButton, SourceNote, UnreadNote } from './SourceNote';

/** « page 14 », « pages 14 et 15 », « lignes 625, 627 et 629 ». */
export function placesOf(places: string[]): string {
  const unique = [...new Set(places)];
  const kind = unique[0]?.split(' ')[0] ?? '';
  const numbers = unique.map((p) => p.split(' ')[1]);
  if (unique.length === 1) return unique[0]!;
  return `${kind}s ${numbers.slice(0, -1).join(', ')} et ${numbers[numbers.length - 1]}`;
}

function MissionsHelp() {
  const { x, origin } = useReview();
  const missions = x.convention.missions;
  if (missions.length) {
    return (
      <span className="import-source">
        Lues {placesOf(missions.map((m) => sourcePlace(origin, m.sourceLine)))}.{' '}
        <OpenTextButton line={missions[0]!.sourceLine} />
      </span>
    );
  }
  const unread = unreadOf(x, UNREAD_PARTS['convention.missions']!);
  if (unread.length)
    return (
      <>
        {unread.map((u) => (
          <UnreadNote key={u.sourceLine} part={u} />
        ))}
      </>
    );
  return (
    <span className="muted">Aucune mission trouvée dans l’article 8 : à saisir si besoin.</span>
  );
}

export function ConventionCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x } = useReview();
  const c = draft.convention;
  const dl = draft.deliberation;
  const modeUnread = unreadOf(x, UNREAD_PARTS['convention.mode']!);
  const hints = importHints(x);
  return (
    <Card title="Convention et délibération" id="import-convention">
      <div className="import-grid">
        <DraftField
          label="Numéro de la convention"
          value={c.number}
          onChange={(v) => edit((d) => (d.convention.number = v))}
          source={x.convention.number}
          field="convention.number"
        />
        <DraftField
          label="Lieu de signature"
          value={c.signedAt}
          onChange={(v) => edit((d) => (d.convention.signedAt = v))}
          source={x.convention.signedAt}
          field="convention.signedAt"
        />
        <DraftField
          label="Date de signature"
          type="date"
          value={c.signedOn}
          onChange={(v) => edit((d) => (d.convention.signedOn = v))}
          source={hints.signedOn ?? x.convention.signedOn}
          field="convention.signedOn"
        />
        <div className="import-field">
          <DateInput
            label="Date d’effet"
            value={c.effectiveOn}
            onChange={(e) => {
              const value = e.target.value;
              edit((d) => (d.convention.effectiveOn = value));
            }}
            help={<DatesNote hints={hints} draft={draft} />}
          />
        </div>
        <div className="import-field">
          <SelectInput
            label="Mode de gestion des habilitations"
            value={c.mode}
            options={[
              { value: 'délégué', label: 'Délégué' },
              { value: 'centralisé', label: 'Centralisé' },
            ]}
            onChange={(e) =>
              edit((d) => (d.convention.mode = e.target.value as 'délégué' | 'centralisé'))
            }
            help={
              x.convention.mode ? (
                <SourceNote source={x.convention.mode} field="convention.mode" />
              ) : modeUnread.length ? (
                <UnreadNote part={modeUnread[0]!} />
              ) : (
                <span className="muted">
                  Le document ne dit pas quel mode a été choisi : « délégué » est le mode par défaut
                  (conv. art. 9.1).
                </span>
              )
            }
          />
        </div>
        <DraftField
          label="Organe de la délibération"
          value={dl.body}
          onChange={(v) => edit((d) => (d.deliberation.body = v))}
          source={x.deliberation.body}
          field="deliberation.body"
        />
        <DraftField
          label="Date de la délibération"
          type="date"
          value={dl.date}
          onChange={(v) => edit((d) => (d.deliberation.date = v))}
          source={x.deliberation.date}
          field="deliberation.date"
        />
        <DraftField
          label="Numéro de la délibération"
          value={dl.number}
          onChange={(v) => edit((d) => (d.deliberation.number = v))}
          source={x.deliberation.number}
          field="deliberation.number"
        />
        <DraftField
          label="Identifiant de l’acte en préfecture"
          value={dl.prefectureActId}
          onChange={(v) => edit((d) => (d.deliberation.prefectureActId = v))}
          source={x.deliberation.prefectureActId}
          field="deliberation.prefectureActId"
        />
      </div>
      <TextArea
        label="Missions du partenaire (conv. art. 8), une par ligne"
        rows={Math.max(3, x.convention.missions.length + 1)}
        value={c.missions}
        onChange={(e) => {
          const value = e.target.value;
          edit((d) => (d.convention.missions = value));
        }}
        help={<MissionsHelp />}
      />
    </Card>
  );
}
