/** Shown when the register cannot be opened; nothing has been changed on disk. */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="fatal" role="alert">
      <h1>Le registre ne peut pas être ouvert</h1>
      <p>{message}</p>
      <p>
        Aucune donnée n’a été modifiée. Si le problème persiste, contactez la personne qui assure le
        support informatique de votre structure.
      </p>
    </main>
  );
}
