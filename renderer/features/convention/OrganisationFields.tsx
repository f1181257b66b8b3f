import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { MANAGEMENT_MODES, PARTNER_KINDS } from '../../../shared/domain/schemas';
import { formatSiret, validateSiret } from '../../../shared/domain/siret';
import { DateInput, FieldRow, SelectInput, TextInput } from '../../ui/fields';
import { MODE_HELP, MODE_LABELS, PARTNER_KIND_LABELS } from './form-values';
import { bindField } from './parts';

/** The partner's fields, under `partner.` in the form. */
export function PartnerFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const field = bindField(form);
  const siret = field('partner.siret');
  return (
    <>
      <FieldRow>
        <TextInput
          label="Nom du partenaire"
          required
          autoComplete="organization"
          {...field('partner.name')}
        />
        <SelectInput
          label="Type de partenaire"
          required
          options={PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }))}
          {...field('partner.kind')}
        />
      </FieldRow>
      <FieldRow>
        <TextInput
          label="SIRET"
          required
          inputMode="numeric"
          help="14 chiffres, espaces permis (exemple : 267 701 647 00013)."
          {...siret}
          onBlur={(e) => {
            void siret.onBlur(e);
            const check = validateSiret(e.target.value);
            if (check.ok)
              form.setValue('partner.siret' as Path<T>, formatSiret(check.value) as never);
          }}
        />
        <TextInput label="Adresse" autoComplete="street-address" {...field('partner.address')} />
      </FieldRow>
      <FieldRow>
        <TextInput
          label="Nom du représentant"
          help="Qui signe la convention (exemple : le Président du CCAS)."
          {...field('partner.representativeName')}
        />
        <TextInput
          label="Qualité du représentant"
          help="Exemple : Président, Maire."
          {...field('partner.representativeTitle')}
        />
      </FieldRow>
      <FieldRow>
        <TextInput
          label="Adresse mél du partenaire"
          type="email"
          autoComplete="email"
          {...field('partner.email')}
        />
        <TextInput
          label="Téléphone du partenaire"
          type="tel"
          autoComplete="tel"
          {...field('partner.phone')}
        />
      </FieldRow>
    </>
  );
}

/** The CAF's fields, under `caf.` in the form. */
export function CafFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const field = bindField(form);
  return (
    <>
      <FieldRow>
        <TextInput
          label="Nom de la Caf"
          required
          help="Exemple : Caisse d’Allocations familiales de Seine-et-Marne."
          {...field('caf.name')}
        />
        <TextInput label="Adresse de la Caf" {...field('caf.address')} />
      </FieldRow>
      <FieldRow>
        <TextInput label="Nom du directeur" {...field('caf.directorName')} />
        <TextInput
          label="Qualité du directeur"
          help="Exemple : Directeur général."
          {...field('caf.directorTitle')}
        />
      </FieldRow>
    </>
  );
}

/** Number, signature, effective date and mode, under `convention.` in the form. */
export function ConventionFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const field = bindField(form);
  return (
    <>
      <FieldRow>
        <TextInput
          label="Numéro de la convention"
          required
          help="Tel qu’il est écrit sur la convention (exemple : 2023-267 701 647)."
          {...field('convention.number')}
        />
        <SelectInput
          label="Mode de gestion des habilitations"
          required
          help={MODE_HELP}
          options={MANAGEMENT_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
          {...field('convention.mode')}
        />
      </FieldRow>
      <FieldRow>
        <TextInput
          label="Lieu de signature"
          help="Exemple : Melun."
          {...field('convention.signedAt')}
        />
        <DateInput label="Date de signature" required {...field('convention.signedOn')} />
        <DateInput
          label="Date d’effet"
          help="Laissée vide : la date de signature (la convention prend effet à sa signature, conv. art. 17.1)."
          {...field('convention.effectiveOn')}
        />
      </FieldRow>
    </>
  );
}
