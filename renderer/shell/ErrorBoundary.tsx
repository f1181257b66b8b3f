import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { frenchErrorMessage } from '../../shared/domain/technical-errors';

interface Props {
  children: ReactNode;
  /** Saves all the data as a plain JSON file; provided once the database is open. */
  onSaveData?: () => Promise<void>;
}

interface State {
  error: Error | null;
}

/**
 * Last line of defence: a readable French message, and a way to take all the data away
 * before anything else is tried.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <FatalErrorScreen error={error} onSaveData={this.props.onSaveData} />;
  }
}

/** The readable French error screen, with a way to take all the data away first. */
export function FatalErrorScreen({
  error,
  onSaveData,
}: {
  error: Error;
  onSaveData?: () => Promise<void>;
}) {
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const save = async () => {
    if (!onSaveData) return;
    try {
      await onSaveData();
      setSaveMessage('Les données ont été enregistrées dans un fichier JSON.');
    } catch (e) {
      setSaveMessage(`L’enregistrement a échoué. ${frenchErrorMessage(e)}`);
    }
  };
  return (
    <main className="fatal" role="alert">
      <h1>Un problème est survenu</h1>
      <p>
        L’écran n’a pas pu s’afficher. Vos données enregistrées ne sont pas perdues : elles restent
        sur ce poste.
      </p>
      <p className="fatal-detail">Détail technique : {error.message}</p>
      <div className="page-actions">
        {onSaveData ? (
          <button type="button" className="btn btn-primary" onClick={save}>
            Enregistrer toutes les données (JSON)
          </button>
        ) : null}
        <button type="button" className="btn btn-secondary" onClick={() => location.reload()}>
          Recharger l’application
        </button>
      </div>
      {saveMessage ? <p role="status">{saveMessage}</p> : null}
    </main>
  );
}
