import {
  CONTACT_ROLE_LABELS,
  ROLES_BY_SIDE,
  type ContactRole,
} from '../../../../shared/domain/schemas/vocabulary';
import type { ImportDraft } from '../../../../shared/import';
import { sourcePlace } from '../../../../shared/import/source-ref';
import { Card } from '../../../ui/Card';
import { CheckboxInput, SelectInput, TextInput } from '../../../ui/fields';
import { UNREAD_PARTS, unreadOf, useReview } from './context';
import type { EditDraft } from './DraftField';
import { SourceNote, UnreadNote } from './SourceNote';

/** What could not be read in an annex, said above what was read (or instead of « none »). */
function UnreadList({ parts }: { parts: readonly string[] }) {
  const { x } = useReview();
  const unread = unreadOf(x, parts);
  if (!unread.length) return null;
  return (
    <ul className="import-unread-list">
      {unread.map((u) => (
        <li key={`${u.part}-${u.sourceLine}`}>
          <UnreadNote part={u} />
        </li>
      ))}
    </ul>
  );
}

export function ContactsCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x } = useReview();
  const parts = UNREAD_PARTS.contacts!;
  const setContact = (i: number, patch: Partial<ImportDraft['contacts'][number]>) =>
    edit((d) => (d.contacts[i] = { ...d.contacts[i]!, ...patch }));
  return (
    <Card title={`Interlocuteurs (${draft.contacts.length})`} id="import-contacts">
      <UnreadList parts={parts} />
      {draft.contacts.length === 0 && !unreadOf(x, parts).length ? (
        <p className="muted">
          Aucune annexe des interlocuteurs n’a été trouvée : vous pourrez les saisir dans l’écran
          Interlocuteurs.
        </p>
      ) : null}
      {draft.contacts.map((c, i) => {
        const src = x.contacts[i];
        return (
          <fieldset
            key={i}
            className={
              src && src.confidence === 'low' ? 'import-row import-field-check' : 'import-row'
            }
          >
            <legend>
              {c.side === 'caf' ? 'Caf' : 'Partenaire'} — {CONTACT_ROLE_LABELS[c.role]}
              {c.name ? ` — ${c.name}` : ''}
            </legend>
            <div className="import-grid">
              <CheckboxInput
                label="Importer cet interlocuteur"
                checked={c.include}
                onChange={(e) => setContact(i, { include: e.target.checked })}
              />
              <SelectInput
                label="Rôle"
                value={c.role}
                options={ROLES_BY_SIDE[c.side].map((r) => ({
                  value: r,
                  label: CONTACT_ROLE_LABELS[r],
                }))}
                onChange={(e) => setContact(i, { role: e.target.value as ContactRole })}
              />
              <TextInput
                label="Nom"
                value={c.name}
                onChange={(e) => setContact(i, { name: e.target.value })}
              />
              <TextInput
                label="E-mail"
                type="email"
                value={c.email}
                onChange={(e) => setContact(i, { email: e.target.value })}
              />
              <TextInput
                label="Téléphones"
                value={c.phones}
                onChange={(e) => setContact(i, { phones: e.target.value })}
                help="Séparés par des virgules."
              />
            </div>
            <p className="field-help">
              <SourceNote source={src} />
            </p>
          </fieldset>
        );
      })}
    </Card>
  );
}

export function BulletinsCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x, origin } = useReview();
  const parts = UNREAD_PARTS.bulletins!;
  const setBulletin = (i: number, patch: Partial<ImportDraft['bulletins'][number]>) =>
    edit((d) => (d.bulletins[i] = { ...d.bulletins[i]!, ...patch }));
  return (
    <Card
      title={`Bulletins d’adhésion et quotas (${draft.bulletins.length})`}
      id="import-bulletins"
    >
      <UnreadList parts={parts} />
      {draft.bulletins.length === 0 && !unreadOf(x, parts).length ? (
        <p className="muted">
          Aucun bulletin d’adhésion trouvé : vous pourrez l’ajouter dans l’écran Services et quotas.
        </p>
      ) : null}
      {draft.bulletins.map((b, i) => (
        <fieldset key={i} className="import-row">
          <legend>
            Bulletin {b.serviceCode}
            {b.siteLabel ? ` — ${b.siteLabel}` : ''}
            {b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}
          </legend>
          <div className="import-grid">
            <CheckboxInput
              label="Importer ce bulletin"
              checked={b.include}
              onChange={(e) => setBulletin(i, { include: e.target.checked })}
            />
            <TextInput
              label="Service"
              required
              value={b.serviceCode}
              onChange={(e) => setBulletin(i, { serviceCode: e.target.value })}
            />
            <TextInput
              label="Libellé du service"
              value={b.serviceLabel}
              onChange={(e) => setBulletin(i, { serviceLabel: e.target.value })}
            />
            <TextInput
              label="Site ou service du partenaire"
              value={b.siteLabel}
              onChange={(e) => setBulletin(i, { siteLabel: e.target.value })}
            />
            <TextInput
              label="Numéro d’annexe"
              value={b.annexNumber}
              onChange={(e) => setBulletin(i, { annexNumber: e.target.value })}
            />
          </div>
          {b.quotas.length ? (
            <div className="import-grid">
              {b.quotas.map((q, k) => {
                const read = x.bulletins[i]?.value.quotas[k];
                return (
                  <TextInput
                    key={q.profileCode}
                    label={`Quota ${q.profileCode}`}
                    inputMode="numeric"
                    value={q.max}
                    onChange={(e) => {
                      const value = e.target.value;
                      setBulletin(i, {
                        quotas: b.quotas.map((qq, kk) => (kk === k ? { ...qq, max: value } : qq)),
                      });
                    }}
                    help={`Nombre maximal d’habilitations ; lu ${read ? sourcePlace(origin, read.sourceLine) : 'à un endroit inconnu'}${read?.corrected ? ' (texte corrigé)' : ''}.`}
                  />
                );
              })}
            </div>
          ) : (
            <p className="muted">
              Aucun quota rempli dans ce bulletin : aucun profil ne pourra être attribué tant qu’il
              n’en a pas.
            </p>
          )}
          <p className="field-help">
            <SourceNote source={x.bulletins[i]} />
          </p>
        </fieldset>
      ))}
    </Card>
  );
}
