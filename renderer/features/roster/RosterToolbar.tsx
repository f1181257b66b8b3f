import type { Ref } from 'react';
import type { RosterStatus } from '../../../shared/domain/roster-filter';
import { CheckboxInput, SelectInput, TextInput } from '../../ui/fields';

const STATUS_CHIPS: { value: RosterStatus | 'all'; label: string }[] = [
  { value: 'active', label: 'Actives' },
  { value: 'pending', label: 'À régulariser' },
  { value: 'revoked', label: 'Retirées' },
  { value: 'none', label: 'Sans habilitation' },
  { value: 'all', label: 'Tout' },
];

export interface RosterToolbarValues {
  text: string;
  status: RosterStatus | 'all';
  bulletinId: string;
  profileCode: string;
  anomaliesOnly: boolean;
  /** Only the agents concerned by an open difference with the portal's list. */
  portalOnly?: boolean;
}

/**
 * Search and filters of the roster. `onChange` absent: shown disabled, in the same places
 * (the first rows of a large register, while the rest is read).
 */
export function RosterToolbar({
  values,
  onChange,
  bulletins,
  profiles,
  searchRef,
  portalAgents = 0,
}: {
  values: RosterToolbarValues;
  onChange?: (next: Partial<RosterToolbarValues>) => void;
  bulletins: readonly { value: string; label: string }[];
  profiles: readonly string[];
  searchRef?: Ref<HTMLInputElement>;
  /** How many agents an open portal difference is about (the filter is offered when any). */
  portalAgents?: number;
}) {
  const disabled = !onChange;
  return (
    <div className="roster-toolbar">
      <TextInput
        ref={searchRef}
        label="Rechercher"
        type="search"
        help="Nom, prénom, fonction, service, mél ou profil (Ctrl+F)"
        value={values.text}
        disabled={disabled}
        onChange={(e) => onChange?.({ text: e.target.value })}
      />
      <div role="group" aria-label="Statut" className="chips">
        {STATUS_CHIPS.map((c) => (
          <button
            key={c.value}
            type="button"
            className="chip"
            aria-pressed={values.status === c.value}
            disabled={disabled}
            onClick={() => onChange?.({ status: c.value })}
          >
            {c.label}
          </button>
        ))}
      </div>
      <SelectInput
        label="Bulletin"
        placeholder="Tous"
        options={bulletins}
        value={values.bulletinId}
        disabled={disabled}
        onChange={(e) => onChange?.({ bulletinId: e.target.value })}
      />
      <SelectInput
        label="Profil"
        placeholder="Tous"
        options={profiles.map((p) => ({ value: p, label: p }))}
        value={values.profileCode}
        disabled={disabled}
        onChange={(e) => onChange?.({ profileCode: e.target.value })}
      />
      <CheckboxInput
        label="Anomalies seulement"
        checked={values.anomaliesOnly}
        disabled={disabled}
        onChange={(e) => onChange?.({ anomaliesOnly: e.target.checked })}
      />
      {portalAgents > 0 || values.portalOnly ? (
        <CheckboxInput
          label={`Écarts avec le portail (${portalAgents})`}
          checked={!!values.portalOnly}
          disabled={disabled}
          onChange={(e) => onChange?.({ portalOnly: e.target.checked })}
        />
      ) : null}
    </div>
  );
}
