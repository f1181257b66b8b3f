import { useMemo, useState, type FormEvent } from 'react';
import { formatBulletinLabel, agentName } from '../../../shared/domain/format';
import { compareProfileCodes } from '../../../shared/domain/profiles';
import { checkGrant, quotaUsage } from '../../../shared/domain/rules/quota';
import { validateHabilitation } from '../../../shared/domain/rules/habilitations';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import type { GrantInput } from '../../db/repositories/roster';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorList, WarningList } from '../../ui/ErrorList';
import { DateInput, FieldRow, SelectInput, TextArea, TextInput } from '../../ui/fields';

/**
 * Grants a habilitation. The quota, duplicate and qualification rules are shown while the
 * user chooses; the repository checks them again inside the write.
 */
export function GrantDialog({
  register,
  agentId: initialAgentId,
  pending,
  actorName,
  today,
  errors,
  busy,
  onSubmit,
  onClose,
}: {
  register: RegisterSnapshot;
  agentId?: string;
  /** A habilitation « à régulariser » to grant: bulletin and profile chosen, resolved by the grant. */
  pending?: { id: string; bulletinId: string; profileCode: string; reason: string };
  actorName: string;
  today: string;
  errors: string[];
  busy: boolean;
  onSubmit: (input: GrantInput) => void;
  onClose: () => void;
}) {
  const agents = useMemo(
    () =>
      register.agents
        .filter((a) => !a.purgedAt)
        .sort((a, b) => agentName(a).localeCompare(agentName(b), 'fr')),
    [register.agents],
  );
  const [agentId, setAgentId] = useState(initialAgentId ?? '');
  const [bulletinId, setBulletinId] = useState(
    pending?.bulletinId ?? register.bulletins[0]?.id ?? '',
  );
  const [profileCode, setProfileCode] = useState(pending?.profileCode ?? '');
  const [grantedOn, setGrantedOn] = useState(today);
  const [grantedBy, setGrantedBy] = useState(actorName);
  const [justification, setJustification] = useState('');
  const [appliedInPortalOn, setApplied] = useState('');

  const usage = useMemo(
    () =>
      quotaUsage({
        bulletins: register.bulletins.filter((b) => b.id === bulletinId),
        quotas: register.quotas,
        habilitations: register.habilitations,
        today,
      }).filter((u) => u.hasQuota && u.max > 0),
    [register, bulletinId, today],
  );
  const agent = agents.find((a) => a.id === agentId);
  const bulletin = register.bulletins.find((b) => b.id === bulletinId);

  const decision =
    agent && bulletin && profileCode
      ? checkGrant({
          bulletin,
          quotas: register.quotas,
          habilitations: register.habilitations,
          agentId,
          agentName: agentName(agent),
          profileCode,
          today,
        })
      : null;
  const warnings =
    agent && profileCode
      ? validateHabilitation({
          habilitation: { id: '', grantedOn, profileCode },
          agent,
          profiles: register.profiles,
          today,
        }).findings.filter((f) => f.severity !== 'refus')
      : [];
  const refusals = decision?.findings.filter((f) => f.severity === 'refus') ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      agentId,
      bulletinId,
      profileCode,
      grantedOn,
      grantedBy: grantedBy.trim() || undefined,
      justification: justification.trim() || undefined,
      appliedInPortalOn: appliedInPortalOn || undefined,
      ...(pending && pending.bulletinId === bulletinId && pending.profileCode === profileCode
        ? { pendingId: pending.id }
        : {}),
    });
  };

  return (
    <Dialog title="Accorder une habilitation" isOpen onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <ErrorList errors={errors} />
        {pending ? (
          <p className="warning-box">
            Habilitation à régulariser, refusée quand elle a été demandée : {pending.reason}
          </p>
        ) : null}
        {register.bulletins.length === 0 ? (
          <p className="warning-box">
            Aucun bulletin d’adhésion n’est enregistré : ajoutez-le avec ses quotas dans « Services
            et quotas ».
          </p>
        ) : null}
        <FieldRow>
          <SelectInput
            label="Agent"
            required
            placeholder="Choisir un agent"
            options={agents.map((a) => ({
              value: a.id,
              label: `${agentName(a)}${a.function ? ` — ${a.function}` : ''}`,
            }))}
            value={agentId}
            onChange={(e) => setAgentId(e.target.value)}
          />
          <SelectInput
            label="Bulletin d’adhésion"
            required
            options={register.bulletins.map((b) => ({
              value: b.id,
              label: formatBulletinLabel(b),
            }))}
            value={bulletinId}
            onChange={(e) => {
              setBulletinId(e.target.value);
              setProfileCode('');
            }}
          />
          <SelectInput
            label="Profil"
            required
            placeholder="Choisir un profil"
            help="Seuls les profils prévus par le bulletin peuvent être accordés (principe de moindre affectation)."
            options={[
              ...usage
                .slice()
                .sort((a, b) => compareProfileCodes(a.profileCode, b.profileCode))
                .map((u) => ({
                  value: u.profileCode,
                  label: `${u.profileCode} — ${register.profiles.find((p) => p.code === u.profileCode)?.label ?? ''} (${u.phrase})`,
                })),
              // The profile asked for stays visible (and refused) while the bulletin does not provide it.
              ...(pending &&
              pending.bulletinId === bulletinId &&
              !usage.some((u) => u.profileCode === pending.profileCode)
                ? [
                    {
                      value: pending.profileCode,
                      label: `${pending.profileCode} — non prévu par ce bulletin`,
                    },
                  ]
                : []),
            ]}
            value={profileCode}
            onChange={(e) => setProfileCode(e.target.value)}
          />
        </FieldRow>
        <ErrorList errors={errors.length ? [] : refusals.map((f) => f.message)} />
        <WarningList warnings={warnings.map((f) => f.message)} />
        <FieldRow>
          <DateInput
            label="Accordée le"
            required
            value={grantedOn}
            onChange={(e) => setGrantedOn(e.target.value)}
          />
          <TextInput
            label="Accordée par"
            value={grantedBy}
            onChange={(e) => setGrantedBy(e.target.value)}
          />
          <DateInput
            label="Créée dans le portail le"
            help="À remplir quand l’habilitation a été créée dans « Mon Compte Partenaire »."
            value={appliedInPortalOn}
            onChange={(e) => setApplied(e.target.value)}
          />
        </FieldRow>
        <TextArea
          label="Justification"
          help="La mission qui nécessite ce profil."
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
        />
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button
            type="submit"
            variant="primary"
            isDisabled={busy || !agentId || !bulletinId || !profileCode || refusals.length > 0}
          >
            Accorder l’habilitation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
