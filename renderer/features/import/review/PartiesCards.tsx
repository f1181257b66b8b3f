import { PARTNER_KINDS } from '../../../../shared/domain/schemas/vocabulary';
import { importHints, type ImportDraft } from '../../../../shared/import';
import { CafAddressNote } from '../ImportOnboarding';
import { Card } from '../../../ui/Card';
import { SelectInput } from '../../../ui/fields';
import { useReview } from './context';
import { DraftField, type EditDraft } from './DraftField';
import { SourceNote } from './SourceNote';

export function PartnerCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x } = useReview();
  const p = draft.partner;
  return (
    <Card title="Partenaire" id="import-partner">
      <div className="import-grid">
        <DraftField
          label="Nom du partenaire"
          required
          value={p.name}
          onChange={(v) => edit((d) => (d.partner.name = v))}
          source={x.partner.name}
          field="partner.name"
        />
        <div className="import-field">
          <SelectInput
            label="Type de partenaire"
            value={p.partnerKind}
            placeholder="Non précisé"
            options={PARTNER_KINDS.map((k) => ({ value: k, label: k }))}
            onChange={(e) =>
              edit(
                (d) =>
                  (d.partner.partnerKind = e.target.value as ImportDraft['partner']['partnerKind']),
              )
            }
            help={<SourceNote source={x.partner.kind} />}
          />
        </div>
        <DraftField
          label="SIRET"
          value={p.siret}
          onChange={(v) => edit((d) => (d.partner.siret = v))}
          source={x.partner.siret}
          field="partner.siret"
        />
        <DraftField
          label="Adresse du partenaire"
          value={p.address}
          onChange={(v) => edit((d) => (d.partner.address = v))}
          source={x.partner.address}
          field="partner.address"
        />
        <DraftField
          label="Nom du représentant"
          value={p.representativeName}
          onChange={(v) => edit((d) => (d.partner.representativeName = v))}
          source={x.partner.representativeName}
          field="partner.representativeName"
        />
        <DraftField
          label="Qualité du représentant"
          value={p.representativeTitle}
          onChange={(v) => edit((d) => (d.partner.representativeTitle = v))}
          source={x.partner.representativeTitle}
          field="partner.representativeTitle"
        />
        <DraftField
          label="E-mail du partenaire"
          type="email"
          value={p.email}
          onChange={(v) => edit((d) => (d.partner.email = v))}
          source={x.partner.email}
          field="partner.email"
        />
        <DraftField
          label="Téléphone du partenaire"
          value={p.phone}
          onChange={(v) => edit((d) => (d.partner.phone = v))}
          source={x.partner.phone}
          field="partner.phone"
        />
      </div>
    </Card>
  );
}

export function CafCard({ draft, edit }: { draft: ImportDraft; edit: EditDraft }) {
  const { x } = useReview();
  const c = draft.caf;
  // the address of the CAF's block on the administrator-change form is the one that matters
  const hints = importHints(x);
  return (
    <Card title="Caf" id="import-caf">
      <div className="import-grid">
        <DraftField
          label="Nom de la Caf"
          required
          value={c.name}
          onChange={(v) => edit((d) => (d.caf.name = v))}
          source={x.caf.name}
          field="caf.name"
        />
        <DraftField
          label="Adresse de la Caf"
          value={c.address}
          onChange={(v) => edit((d) => (d.caf.address = v))}
          source={hints.cafAddress ?? x.caf.address}
          field="caf.address-form"
        />
        <CafAddressNote hints={hints} />
        <DraftField
          label="Nom du directeur"
          value={c.directorName}
          onChange={(v) => edit((d) => (d.caf.directorName = v))}
          source={x.caf.directorName}
          field="caf.directorName"
        />
        <DraftField
          label="Qualité du directeur"
          value={c.directorTitle}
          onChange={(v) => edit((d) => (d.caf.directorTitle = v))}
          source={x.caf.directorTitle}
          field="caf.directorTitle"
        />
      </div>
    </Card>
  );
}
