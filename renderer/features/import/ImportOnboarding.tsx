/**
 * What the convention import explains beside its fields for a first import: where the
 * signature and effective dates come from, which CAF address goes on the form, and what
 * happens to the annex-1 Administrateur and suppléant (linked to their agent, or created).
 */
import { formatDateFr } from '../../../shared/domain/dates';
import { agentName } from '../../../shared/domain/format';
import { planAdministratorAgents, PORTAL_ROLE_OF_ADMIN } from '../../../shared/import/admin-agents';
import type { ImportDraft, ImportHints } from '../../../shared/import/draft';
import { sourcePlace } from '../../../shared/import/source-ref';
import { useReview } from './review/context';
import type { Conflict } from '../../../shared/import/types';
import { Card } from '../../ui/Card';
import { CheckboxInput } from '../../ui/fields';
import { todayIso, useRegister } from '../../shell/register/use-register';

export function DatesNote({ hints, draft }: { hints: ImportHints; draft: ImportDraft }) {
  const { origin } = useReview();
  const e = hints.effectiveOn;
  const effective = draft.convention.effectiveOn;
  if (!effective) {
    return (
      <span className="muted">
        Aucune date de signature ni d’effet lue : indiquez la date d’effet, elle fixe le
        renouvellement tacite et la revue annuelle (conv. art. 17.1).
      </span>
    );
  }
  if (e?.origin === 'text' && e.source && effective === e.value) {
    return (
      <span className="import-source">
        Date d’effet donnée par le texte, {sourcePlace(origin, e.source.sourceLine)} : «{' '}
        {e.source.sourceText.slice(0, 137)} »
      </span>
    );
  }
  if (effective === draft.convention.signedOn) {
    return (
      <span>
        Par défaut la date de signature : la convention prend effet à sa signature (conv. art.
        17.1). Modifiez-la si votre convention dit autre chose.
        {hints.signedOnFromOtherBlock && hints.signedOn
          ? ` La signature de la convention n’est pas datée : la date est celle du bloc signé ${sourcePlace(origin, hints.signedOn.sourceLine)} (« ${hints.signedOn.sourceText.slice(0, 80)} »).`
          : ''}
      </span>
    );
  }
  return (
    <span className="muted">
      Date saisie ; la date de signature est le{' '}
      {formatDateFr(draft.convention.signedOn) || 'non renseignée'}.
    </span>
  );
}

/** The CAF address conflict says which address the form will carry (the annexe 3 one). */
export const cafAddressForForm =
  (hints: ImportHints) =>
  (c: Conflict): Conflict =>
    c.field === 'caf.address' && hints.cafAddress
      ? {
          ...c,
          label: 'Adresse de la Caf (destinataire du formulaire)',
          chosen: hints.cafAddress.value,
        }
      : c;

export function CafAddressNote({ hints }: { hints: ImportHints }) {
  const { origin } = useReview();
  if (hints.otherCafAddresses.length === 0) return null;
  return (
    <div className="import-field import-caf-addresses">
      <p className="field-help">
        Le texte donne plusieurs adresses de la Caf. Retenue comme destinataire du formulaire de
        changement d’administrateur : <strong>{hints.cafAddress?.value ?? '—'}</strong>
        {hints.cafAddress ? ` (${sourcePlace(origin, hints.cafAddress.sourceLine)})` : ''}. Aussi
        lue :{' '}
        {hints.otherCafAddresses
          .map((a) => `« ${a.value} » (${sourcePlace(origin, a.sourceLine)})`)
          .join(', ')}
        .
      </p>
    </div>
  );
}

/** The annex-1 Administrateur / suppléant and their agent: linked, or created on confirmation. */
export function AdministratorAgentsCard({
  draft,
  onCreateChange,
}: {
  draft: ImportDraft;
  onCreateChange: (create: boolean) => void;
}) {
  const register = useRegister();
  const plans = planAdministratorAgents(
    draft.contacts.map((c) => ({ ...c, name: c.name, email: c.email })),
    register?.agents ?? [],
    todayIso(),
  );
  if (plans.length === 0) return null;
  const toCreate = plans.filter((p) => p.kind === 'create');
  return (
    <Card title="Administrateur et suppléant : fiches agents" id="import-admin-agents">
      <p>
        L’annexe 1 désigne qui gère les habilitations. Leur fiche agent reçoit le rôle correspondant
        dans le portail, pour que le registre et l’annexe concordent.
      </p>
      <ul>
        {plans.map((p) => (
          <li key={`${p.role}-${p.contactName}`}>
            <strong>{PORTAL_ROLE_OF_ADMIN[p.role]}</strong> — {p.contactName || 'sans nom'} :{' '}
            {p.kind === 'link'
              ? `reliée à la fiche agent existante ${agentName(p.agent)}.`
              : p.kind === 'create'
                ? draft.createAdministratorAgents
                  ? 'aucune fiche agent à ce nom ou à cette adresse : elle sera créée.'
                  : 'aucune fiche agent à ce nom ou à cette adresse : elle ne sera pas créée.'
                : p.why}
          </li>
        ))}
      </ul>
      {toCreate.length ? (
        <CheckboxInput
          label={`Créer ${toCreate.length === 1 ? 'la fiche agent manquante' : `les ${toCreate.length} fiches agents manquantes`} (${toCreate.map((p) => p.contactName).join(', ')})`}
          checked={draft.createAdministratorAgents}
          onChange={(e) => onCreateChange(e.target.checked)}
          help="Si votre liste d’agents les contient aussi, son import les reconnaîtra (même nom ou même adresse mél) et vous proposera de fusionner les fiches."
        />
      ) : null}
    </Card>
  );
}
