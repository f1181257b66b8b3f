import { Link } from 'react-router';
import type { Section } from '../../app/sections';
import { PageHeader } from '../../ui/PageHeader';

/** What a register screen shows before any convention was entered. */
export function NoConvention({ section }: { section: Section }) {
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      <section className="empty-state">
        <h2>Aucune convention enregistrée</h2>
        <p>
          Commencez par votre convention « Mon Compte Partenaire » signée : collez son texte ou ouvrez
          son fichier (PDF, texte), l’application en lit le partenaire, la Caf, les interlocuteurs et
          les quotas ; vous vérifiez avant d’enregistrer. Vous pouvez aussi la saisir vous-même.
        </p>
        <div className="form-actions empty-state-actions">
          <Link to="/import" className="btn btn-primary">
            Importer la convention
          </Link>
          <Link to="/convention" className="btn btn-secondary">
            Saisir la convention
          </Link>
        </div>
      </section>
    </>
  );
}
