import { currentPartnerContacts } from '../../../shared/domain/rules/contacts';
import { calendarDateInParis, formatDateFr } from '../../../shared/domain/dates';
import { agentName, formatBulletinLabel } from '../../../shared/domain/format';
import type { ReviewCampaign, ReviewItem } from '../../../shared/domain/schemas';
import {
  buildReviewReportSnapshot,
  type ReviewReportSnapshot,
} from '../../../shared/documents/review-report';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useState } from 'react';
import { attestationSignatories, partnerPhrase, partnerTown } from '../../../shared/domain/review';
import { SelectInput } from '../../ui/fields';
import { useDb } from '../../shell/services';
import { documentsOfKind } from '../../db/repositories/documents';
import { useDocumentExport } from '../../documents/use-documents';
import { prepareDocumentGenerationWhenIdle } from '../../documents/generator';
import { Button } from '../../ui/Button';
import { useAction } from '../../shell/register/use-action';
import { useActor, useRegister } from '../../shell/register/use-register';

/**
 * While the user reads the closed review, the documents worker shapes the words of its report
 * (the snapshot built when idle): the first export then only lays them out (`prepareDocument`).
 */
function PrepareReport({ snapshot }: { snapshot: () => ReviewReportSnapshot }) {
  const report = useEffectEvent(() => ({
    kind: 'rapport-revue' as const,
    format: 'pdf' as const,
    snapshot: snapshot(),
  }));
  useEffect(() => prepareDocumentGenerationWhenIdle(2000, () => report()), []);
  return null;
}

/**
 * Exports the review report (PDF) and its detailed table (CSV) through the document
 * pipeline; a report already issued can be re-exported identically from its snapshot.
 */
export function ReviewReportButtons({
  campaign,
  items,
  previous,
}: {
  campaign: ReviewCampaign;
  items: readonly ReviewItem[];
  previous?: ReviewCampaign;
}) {
  const register = useRegister();
  const db = useDb();
  const conventionId = register?.convention.id;
  const reports = useLiveQuery(
    async () => (conventionId ? documentsOfKind(db, conventionId, 'rapport-revue') : []),
    [db, conventionId],
  );
  // A review opened from the portal's list: its list and differences make the report's section.
  const portalImportId = campaign.portalImportId;
  const portal = useLiveQuery(async () => {
    if (!portalImportId || !conventionId) return null;
    const [list, differences] = await Promise.all([
      db.portalImports.get(portalImportId),
      db.portalDifferences.where('conventionId').equals(conventionId).toArray(),
    ]);
    return list ? { list, differences } : null;
  }, [db, portalImportId, conventionId]);
  const waiting = !!portalImportId && portal === undefined;
  const actor = useActor();
  const { issue, regenerate, progress } = useDocumentExport();
  const { run, busy } = useAction();
  const [signatoryIndex, setSignatoryIndex] = useState('0');
  if (!register) return null;
  const closedOn = campaign.closedAt
    ? calendarDateInParis(campaign.closedAt)
    : calendarDateInParis(new Date());
  // The annex-1 Administrateur signs by default; the suppléant or who closed the review may.
  const signatories = attestationSignatories(
    register.contacts,
    closedOn,
    campaign.closedBy ?? campaign.openedBy,
  );
  const signatory = signatories[Number(signatoryIndex)] ?? signatories[0];

  const issued = reports?.find(
    (d) => (d.snapshot as ReviewReportSnapshot | undefined)?.year === campaign.year,
  );

  const snapshot = (): ReviewReportSnapshot => {
    return buildReviewReportSnapshot({
      meta: {
        conventionId: register.convention.id,
        partnerId: register.partner.id,
        partnerName: register.partner.name,
        conventionNumber: register.convention.number,
        generatedAt: actor.now().toISOString(),
        generatedBy: actor.name,
      },
      campaign,
      items,
      previous,
      partner: register.partner,
      caf: register.caf,
      bulletins: register.bulletins.map((b) => ({ id: b.id, label: formatBulletinLabel(b) })),
      quotas: register.quotas,
      contactAnomalies: {
        missingSuppleant:
          currentPartnerContacts(register.contacts, 'administrateur-suppleant', closedOn).length ===
          0,
        outdatedContacts: campaign.checklist.some(
          (c) => c.key === 'contacts-annex' && c.answer === 'non',
        ),
      },
      ...(portal
        ? {
            portal: {
              ...portal,
              agentNames: new Map(register.agents.map((a) => [a.id, agentName(a)])),
            },
          }
        : {}),
      attestation: {
        signatoryName: signatory?.name,
        signatoryRole: signatory?.role,
        partnerPhrase: partnerPhrase(register.partner),
        place: partnerTown(register.partner) ?? register.convention.signedAt,
        date: closedOn,
      },
    });
  };

  return (
    <div className="page-actions review-report-actions">
      {waiting ? null : <PrepareReport key={campaign.id} snapshot={snapshot} />}
      {signatories.length > 1 ? (
        <SelectInput
          label="Signataire de l’attestation"
          value={signatoryIndex}
          options={signatories.map((p, i) => ({
            value: String(i),
            label: `${p.name} (${p.role})`,
          }))}
          onChange={(e) => setSignatoryIndex(e.target.value)}
        />
      ) : null}
      <Button
        variant="primary"
        isDisabled={busy || waiting}
        onPress={() =>
          run(
            () => issue({ kind: 'rapport-revue', format: 'pdf', snapshot: snapshot() }),
            'Rapport enregistré.',
          )
        }
      >
        Exporter le rapport (PDF)
      </Button>
      <Button
        isDisabled={busy || waiting}
        onPress={() =>
          run(
            () => issue({ kind: 'csv-revue', format: 'csv', snapshot: snapshot() }),
            'Tableau enregistré.',
          )
        }
      >
        Exporter le tableau (CSV)
      </Button>
      {issued ? (
        <Button
          variant="quiet"
          isDisabled={busy}
          onPress={() => run(() => regenerate(issued), 'Rapport réexporté à l’identique.')}
        >
          Réexporter le rapport du {formatDateFr(calendarDateInParis(issued.createdAt))}
        </Button>
      ) : null}
      {progress !== null ? (
        <progress max={1} value={progress} aria-label="Préparation du rapport" />
      ) : null}
    </div>
  );
}
