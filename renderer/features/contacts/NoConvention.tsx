import { Link } from 'react-router';

/** Shown by the register screens while no convention has been entered yet. */
export function NoConvention({ what }: { what: string }) {
  return (
    <section className="empty-state" aria-labelledby="no-convention-title">
      <h2 id="no-convention-title">Aucune convention</h2>
      <p>
        {what} se rattache à une convention. Commencez par créer la convention : partenaire, Caf et
        contrat de services.
      </p>
      <p>
        <Link to="/convention">Créer la convention</Link>
      </p>
    </section>
  );
}

/** While the register loads (a few milliseconds). */
export function Loading() {
  return (
    <p className="loading" role="status">
      Chargement du registre…
    </p>
  );
}
