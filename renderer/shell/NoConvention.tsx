import { useId } from 'react';
import { Link } from 'react-router';

/**
 * What a register screen shows before any convention was entered (the screen keeps its own
 * header). `why`: what of this screen hangs on the convention, in one sentence.
 */
export function NoConvention({ why }: { why: string }) {
  const title = useId();
  return (
    <section className="empty-state" aria-labelledby={title}>
      <h2 id={title}>Aucune convention</h2>
      <p>{why}</p>
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
          Créer la convention
        </Link>
      </div>
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
