import { ADMIN_CHANGE_LABELS as L } from '../../../../shared/documents/admin-change';
import { BLANK_LINE } from '../../../../shared/documents/text';
import { formatDateFr } from '../../../../shared/domain/dates';
import { formatPhone } from '../../../../shared/domain/format';
import { CONTACT_ROLE_LABELS } from '../../../../shared/domain/schemas';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { newAdminName, type AdminChangeValues } from './values';

function Field({ label, value }: { label: string; value: string | undefined }) {
  const empty = !value?.trim();
  return (
    <p>
      {label}{' '}
      <strong className={empty ? 'admin-change-blank' : undefined}>
        {empty ? BLANK_LINE : value}
      </strong>
    </p>
  );
}

/** An HTML rendering of the form, in the order of the PDF. */
export function AdminChangePreview({
  values,
  register,
}: {
  values: AdminChangeValues;
  register: RegisterSnapshot;
}) {
  return (
    <section className="admin-change-preview" aria-label="Aperçu du formulaire">
      <Field label={L.partner} value={register.partner.name} />
      <Field label={L.convention} value={register.convention.number} />
      <p>
        {register.caf.name}
        {register.caf.address ? `, ${register.caf.address}` : ''} — {L.attention}
      </p>
      <p>
        <strong>{L.object}</strong> ({CONTACT_ROLE_LABELS[values.role]}, à compter du{' '}
        {formatDateFr(values.effectiveOn)})
      </p>
      <Field label={L.name} value={newAdminName(values)} />
      <Field label={L.function} value={values.function} />
      <Field label={`${L.phoneFixed}`} value={formatPhone(values.phoneFixed)} />
      <Field label={`${L.phoneMobile}`} value={formatPhone(values.phoneMobile)} />
      <Field label={L.email} value={values.email} />
      <p>
        {L.replaces} <strong>{values.replaces ? '☒ oui ☐ non' : '☐ oui ☒ non'}</strong>
      </p>
      {values.replaces ? (
        <>
          <Field label={L.replacedName} value={values.replacedName} />
          <Field label={L.replacedEmail} value={values.replacedEmail} />
        </>
      ) : null}
      <div className="admin-change-signatures">
        <div>
          <p>
            <strong>{L.forPartner}</strong>
          </p>
          <Field label={L.signatoryFunction} value={values.partnerSignatoryFunction} />
          <Field label={L.signatoryName} value={values.partnerSignatoryName} />
        </div>
        <div>
          <p>
            <strong>{L.theAdmin}</strong>
          </p>
          <Field label={L.signatoryFunction} value={values.adminSignatoryFunction} />
          <Field label={L.signatoryName} value={values.adminSignatoryName} />
        </div>
      </div>
    </section>
  );
}
