import type { Conflict, Extracted, UnreadPart } from '../../../../shared/import';
import { excerpt, sourcePlace } from '../../../../shared/import/source-ref';
import { conflictOf, UNREAD_PARTS, unreadOf, useReview } from './context';

export const needsCheck = (
  source: Extracted<unknown> | undefined,
  conflict: Conflict | undefined,
) => Boolean(conflict || source?.confidence === 'low');

/** « page 3 : « … » » (PDF) or « ligne 42 : « … » » (text), and « texte corrigé » after OCR repair. */
export function Excerpt({
  line,
  text,
  corrected,
}: {
  line: number;
  text: string;
  corrected?: boolean | undefined;
}) {
  const { origin } = useReview();
  return (
    <span className="import-source">
      {sourcePlace(origin, line)} : « {excerpt(text)} »
      {corrected ? (
        <>
          {' '}
          <span
            className="badge import-corrected"
            title="Le texte lu contenait des erreurs de reconnaissance de caractères, corrigées pour le lire"
          >
            texte corrigé
          </span>
        </>
      ) : null}
    </span>
  );
}

/** A button that opens the text at a line (keyboard usable, says where it goes). */
export function OpenTextButton({
  line,
  label = 'Voir dans le texte',
}: {
  line: number;
  label?: string;
}) {
  const { openText, origin } = useReview();
  return (
    <button
      type="button"
      className="link-button import-open-text"
      onClick={() => openText(line)}
      aria-label={`${label} (${sourcePlace(origin, line)})`}
    >
      {label}
    </button>
  );
}

/** « Le texte contient … mais l’importeur n’a pas pu le lire : vérifiez et saisissez » with its place. */
export function UnreadNote({ part }: { part: UnreadPart }) {
  return (
    <span className="import-unread">
      <span className="badge badge-attention">Non lu</span> Le texte contient {part.label} mais
      l’importeur n’a pas pu le lire : vérifiez et saisissez (
      {<Excerpt line={part.sourceLine} text={part.sourceText} />}).{' '}
      <OpenTextButton line={part.sourceLine} />
    </span>
  );
}

/**
 * Where a value came from and whether it needs a look (said in words, not only colour); when
 * nothing was read, « not understood » (with the place) or « absent » — only when the text
 * has no trace of it.
 */
export function SourceNote({
  source,
  field,
  absent = 'Absent du document : à saisir si besoin.',
}: {
  source: Extracted<unknown> | undefined;
  field?: string;
  absent?: string;
}) {
  const { x, origin } = useReview();
  const conflict = field ? conflictOf(x, field) : undefined;
  if (!source) {
    const unread = unreadOf(x, (field && UNREAD_PARTS[field]) || []);
    if (unread.length) {
      return (
        <>
          {unread.map((u) => (
            <UnreadNote key={`${u.part}-${u.sourceLine}`} part={u} />
          ))}
        </>
      );
    }
    return <span className="muted">{absent}</span>;
  }
  return (
    <>
      {needsCheck(source, conflict) ? (
        <span className="badge badge-attention import-check">À vérifier</span>
      ) : null}{' '}
      {source.note ? <span>{source.note} </span> : null}
      <Excerpt
        line={source.sourceLine}
        text={source.sourceText}
        corrected={source.corrected}
      />{' '}
      <OpenTextButton line={source.sourceLine} label="Voir" />
      {conflict ? (
        <span className="import-conflict">
          {' '}
          Autres valeurs lues :{' '}
          {conflict.values
            .filter((v) => v.value !== conflict.chosen)
            .map((v) => `« ${v.value} » (${sourcePlace(origin, v.sourceLine)})`)
            .join(', ')}
          .
        </span>
      ) : null}
    </>
  );
}
