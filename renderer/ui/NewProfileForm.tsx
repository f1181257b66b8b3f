import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { checkNewProfile, normaliseProfileCode } from '../../shared/domain/profiles';
import { parseQuotaInput } from '../../shared/domain/rules/quota';
import type { Profile } from '../../shared/domain/schemas';
import { ErrorList } from './ErrorList';
import { CheckboxInput, FieldRow, TextArea, TextInput } from './fields';
import { FormActions } from './FormActions';

/** A profile the user adds to the catalogue (the code normalised: `t 13` → `T13`). */
export interface NewProfile {
  code: string;
  label: string;
  description: string;
  requiresQualifiedSocialWorker: boolean;
}

const MAX_REQUIRED = 'Indiquez le nombre maximal d’habilitations.';

/**
 * The form's values, refused with the domain's own rules (`checkNewProfile`, and with a
 * quota `parseQuotaInput`, which must then give a number).
 */
function newProfileSchema(existing: readonly Pick<Profile, 'code'>[], withQuota: boolean) {
  return z
    .object({
      code: z.string(),
      label: z.string(),
      description: z.string(),
      requiresQualifiedSocialWorker: z.boolean(),
      max: z.string(),
    })
    .superRefine((v, ctx) => {
      const problems = checkNewProfile(v, existing);
      if (problems.code) ctx.addIssue({ code: 'custom', path: ['code'], message: problems.code });
      if (problems.label)
        ctx.addIssue({ code: 'custom', path: ['label'], message: problems.label });
      if (!withQuota) return;
      const quota = parseQuotaInput(v.max);
      if (!quota.ok) ctx.addIssue({ code: 'custom', path: ['max'], message: quota.error });
      else if (quota.max === null)
        ctx.addIssue({ code: 'custom', path: ['max'], message: MAX_REQUIRED });
    });
}
type Values = z.infer<ReturnType<typeof newProfileSchema>>;

type Mode =
  /** Adds the profile to the catalogue (Paramètres). */
  | { withQuota?: false; onSubmit: (profile: NewProfile) => Promise<boolean> }
  /** Adds the profile to the catalogue and its quota to a bulletin (Services et quotas). */
  | { withQuota: true; onSubmit: (profile: NewProfile, max: number) => Promise<boolean> };

/**
 * The one form that adds a custom profile to the catalogue (a code the shipped CDAP catalogue
 * lacks), alone or with its quota on a bulletin.
 */
export function NewProfileForm({
  existing,
  serverErrors,
  busy,
  onCancel,
  ...mode
}: {
  existing: readonly Pick<Profile, 'code'>[];
  serverErrors: readonly string[];
  busy: boolean;
  onCancel: () => void;
} & Mode) {
  const withQuota = mode.withQuota === true;
  const schema = useMemo(() => newProfileSchema(existing, withQuota), [existing, withQuota]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      code: '',
      label: '',
      description: '',
      requiresQualifiedSocialWorker: false,
      max: '',
    },
  });
  const field = (name: keyof Values) => ({
    ...form.register(name),
    error: form.formState.errors[name]?.message,
  });
  const submit = form.handleSubmit(async (v) => {
    const profile: NewProfile = {
      code: normaliseProfileCode(v.code),
      label: v.label,
      description: v.description,
      requiresQualifiedSocialWorker: v.requiresQualifiedSocialWorker,
    };
    if (!mode.withQuota) {
      await mode.onSubmit(profile);
      return;
    }
    const quota = parseQuotaInput(v.max);
    if (quota.ok && quota.max !== null) await mode.onSubmit(profile, quota.max);
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {withQuota ? (
        <p>Le profil est ajouté au catalogue (Paramètres), puis son quota à ce bulletin.</p>
      ) : null}
      <FieldRow>
        <TextInput label="Code du profil" required autoFocus {...field('code')} />
        <TextInput label="Libellé du profil" required {...field('label')} />
      </FieldRow>
      {withQuota ? (
        <TextInput
          label="Nombre maximal d’habilitations"
          required
          inputMode="numeric"
          {...field('max')}
        />
      ) : null}
      <TextArea
        label="Pour qui (description)"
        help="Les personnes à qui le bulletin réserve ce profil, si vous le savez."
        {...form.register('description')}
      />
      <CheckboxInput
        label="Réservé aux travailleurs sociaux diplômés"
        {...form.register('requiresQualifiedSocialWorker')}
      />
      <ErrorList errors={serverErrors} />
      <FormActions
        onCancel={onCancel}
        submitLabel={withQuota ? 'Ajouter le profil et son quota' : 'Ajouter le profil'}
        busy={busy}
      />
    </form>
  );
}
