import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { useRegister } from '../../shell/register/use-register';
import { AvenantsCard } from './AvenantsCard';
import { CreateConventionForm } from './CreateConventionForm';
import { BilansCard } from './BilansCard';
import { SecuritySessionsCard } from './SecuritySessionsCard';
import { SubcontractorsCard } from './SubcontractorsCard';
import { CafCard } from './CafCard';
import { ConventionCard } from './ConventionCard';
import { PartnerCard } from './PartnerCard';
import { ServiceContractCard } from './ServiceContractCard';
import { TerminationCard } from './TerminationCard';

const DESCRIPTION =
  'La convention « Mon Compte Partenaire » signée avec la Caf, son contrat de services et leur suivi.';

function EmptyConvention() {
  return (
    <>
      <PageHeader title="Convention" description={DESCRIPTION} />
      <section className="empty-state" aria-labelledby="convention-empty-title">
        <h2 id="convention-empty-title">Aucune convention enregistrée</h2>
        <p>
          Ce registre tient, sur ce poste, tout ce que votre convention d’accès à « Mon Compte
          Partenaire » vous demande de suivre : les interlocuteurs, les bulletins et leurs quotas,
          les habilitations de vos agents, la revue annuelle, les avenants et les échéances. Il vous
          signale ce qui ne respecte pas la convention.
        </p>
        <p>
          Commencez par la convention elle-même : reprenez les informations de sa première page.
        </p>
      </section>
      <Card id="convention-creer" title="Créer la convention">
        <CreateConventionForm />
      </Card>
    </>
  );
}

export function ConventionPage() {
  const register = useRegister();
  const [adding, setAdding] = useState(false);
  if (register === undefined) {
    return (
      <>
        <PageHeader title="Convention" description={DESCRIPTION} />
        <p className="loading">Chargement de la convention…</p>
      </>
    );
  }
  if (register === null) return <EmptyConvention />;
  const { convention, partner, caf } = register;
  return (
    <>
      <PageHeader
        title="Convention"
        description={`${partner.name}${convention.number ? ` — convention n° ${convention.number}` : ''}. ${DESCRIPTION}`}
        actions={
          <Button className="convention-nowrap" onPress={() => setAdding(true)}>
            Ajouter une autre convention
          </Button>
        }
      />
      <div className="convention-grid">
        <PartnerCard partner={partner} />
        <CafCard caf={caf} />
      </div>
      <ConventionCard convention={convention} />
      <AvenantsCard conventionId={convention.id} avenants={register.avenants} />
      <TerminationCard convention={convention} />
      <ServiceContractCard conventionId={convention.id} contract={register.serviceContract} />
      <BilansCard conventionId={convention.id} bilans={register.bilans} />
      <SubcontractorsCard conventionId={convention.id} notices={register.subcontractorNotices} />
      <SecuritySessionsCard
        conventionId={convention.id}
        sessions={register.securitySessions}
        agents={register.agents}
      />
      <Dialog
        title="Ajouter une autre convention"
        isOpen={adding}
        onClose={() => setAdding(false)}
        wide
      >
        <p>
          Une même base peut tenir plusieurs conventions (par exemple celle de la commune et celle
          de son CCAS). La nouvelle convention deviendra la convention en cours ; le menu de gauche
          permet d’en changer.
        </p>
        <CreateConventionForm
          onCreated={() => setAdding(false)}
          onCancel={() => setAdding(false)}
        />
      </Dialog>
    </>
  );
}
