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
          Commencez par saisir votre convention « Mon Compte Partenaire » : le partenaire, la Caf et
          le numéro de convention.
        </p>
        <Link to="/convention" className="btn btn-primary">
          Saisir la convention
        </Link>
      </section>
    </>
  );
}
