/**
 * Technical errors (from the browser, IndexedDB, Dexie, pdf.js, the JavaScript engine)
 * turned into French sentences that say what happened and what to do. One module, so that
 * no raw « BulkError » or « Maximum call stack size exceeded » reaches a user.
 */
import { frenchSpacing } from './text';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

const RULES: { test: (name: string, message: string) => boolean; text: string }[] = [
  {
    test: (n) => n === 'QuotaExceededError' || n === 'QuotaExceeded',
    text: 'Le disque ou l’espace de stockage est plein : rien n’a été enregistré. Libérez de la place puis réessayez.',
  },
  {
    test: (n) => n === 'ConstraintError',
    text: 'Cette donnée existe déjà (même identifiant ou même clé) : rien n’a été enregistré. Rechargez la page et vérifiez qu’elle n’a pas déjà été saisie.',
  },
  {
    test: (n) => n === 'BulkError',
    text: 'Une partie des données n’a pas pu être enregistrée (doublon ou donnée invalide) : rien n’a été modifié. Vérifiez le fichier ou la saisie puis réessayez.',
  },
  {
    test: (_n, m) => /maximum call stack size exceeded|too much recursion/i.test(m),
    text: 'Les données sont trop imbriquées pour être traitées : rien n’a été modifié. Le fichier n’a sans doute pas été écrit par Convention MCP.',
  },
  {
    test: (n, m) =>
      n === 'InvalidPDFException' || /invalid pdf structure|pdf header|bad xref/i.test(m),
    text: 'Ce fichier PDF est illisible ou abîmé : ouvrez-le dans un lecteur PDF pour le vérifier, ou collez le texte de la convention à la place.',
  },
  {
    test: (n) => n === 'PasswordException',
    text: 'Ce fichier PDF est protégé par un mot de passe : enregistrez-en une copie sans protection, ou collez son texte.',
  },
  {
    test: (n, m) =>
      n === 'EncodingError' ||
      /invalid (utf-?8|character)|malformed|not valid for encoding/i.test(m),
    text: 'Ce fichier n’a pas pu être décodé (encodage inconnu ou contenu binaire) : enregistrez-le en UTF-8 (CSV) ou en .xlsx, puis réessayez.',
  },
  {
    test: (n) =>
      n === 'OpenFailedError' || n === 'DatabaseClosedError' || n === 'InvalidStateError',
    text: 'La base de données de l’application n’est pas accessible pour le moment : fermez les autres fenêtres de Convention MCP puis rechargez la page.',
  },
  {
    test: (n) => n === 'VersionError',
    text: 'Les données de ce poste ont été écrites par une version plus récente de Convention MCP : installez la dernière version.',
  },
  {
    test: (n) =>
      n === 'AbortError' || n === 'TransactionInactiveError' || n === 'PrematureCommitError',
    text: 'L’enregistrement a été interrompu : rien n’a été modifié. Réessayez.',
  },
  {
    test: (n) => n === 'NotReadableError' || n === 'NotFoundError',
    text: 'Le fichier n’a pas pu être lu (déplacé, supprimé ou encore ouvert dans un autre logiciel) : choisissez-le à nouveau.',
  },
  {
    test: (n, m) =>
      n === 'RangeError' && /invalid array length|allocation failed|out of memory/i.test(m),
    text: 'Le fichier est trop volumineux pour être traité sur ce poste : rien n’a été modifié.',
  },
  {
    test: (n) => n === 'SyntaxError',
    text: 'Le contenu du fichier n’est pas dans le format attendu : rien n’a été modifié.',
  },
];

function walk(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    chain.push(e);
    const x = e as ErrorLike;
    const firstFailure = Array.isArray(x.failures) ? (x.failures as unknown[])[0] : undefined;
    e = x.inner ?? x.cause ?? firstFailure;
  }
  return chain;
}

/**
 * The French sentence for a technical error, or undefined when it is not one we know
 * (the caller then shows its own generic sentence, never the raw text).
 */
export function technicalErrorMessage(error: unknown): string | undefined {
  const chain = walk(error);
  if (typeof error === 'string') chain.push({ name: '', message: error });
  // The innermost cause says most (a BulkError wraps the ConstraintError that made it fail).
  for (const e of [...chain].reverse()) {
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : '';
    const rule = RULES.find((r) => r.test(name, message));
    if (rule) return frenchSpacing(rule.text);
  }
  return undefined;
}

/** Always a French sentence: the known one, or a generic one that says nothing changed. */
export function frenchErrorMessage(
  error: unknown,
  generic = 'L’opération a échoué : rien n’a été modifié. Réessayez ; si cela se reproduit, faites une sauvegarde et signalez-le.',
): string {
  return technicalErrorMessage(error) ?? frenchSpacing(generic);
}

/** True when a message looks like raw technical text (English, an exception name). */
export function looksTechnical(message: string): boolean {
  return /\b(Error|Exception|undefined|null|NaN|Infinity|Expected|Invalid input|Required|stack|Cannot read)\b/.test(
    message,
  );
}
