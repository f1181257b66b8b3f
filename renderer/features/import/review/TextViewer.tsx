import { useEffect, useRef } from 'react';
import { pageOfLine, sourcePlace, type TextOrigin } from '../../../../shared/import/source-ref';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

/**
 * The text the importer read, opened at a line: the line is highlighted, scrolled to and
 * focused (so that a keyboard or screen-reader user lands on it); pages of a PDF are marked.
 */
export function TextViewer({
  lines,
  origin,
  line,
  onClose,
}: {
  lines: readonly string[];
  origin: TextOrigin;
  line: number | null;
  onClose: () => void;
}) {
  const target = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (line === null) return;
    // after the modal has mounted and taken focus
    const id = window.setTimeout(() => {
      target.current?.scrollIntoView?.({ block: 'center' });
      target.current?.focus();
    }, 30);
    return () => window.clearTimeout(id);
  }, [line]);
  if (line === null) return null;
  const pdf = origin.kind === 'pdf';
  return (
    <Dialog
      title={`Texte lu dans « ${origin.name} » — ${sourcePlace(origin, line)}`}
      isOpen
      onClose={onClose}
      wide
    >
      <p className="muted">
        {pdf
          ? 'Le texte tel que l’importeur l’a lu dans le PDF (paragraphes et lignes de tableaux reconstitués), page par page.'
          : 'Le texte tel que l’importeur l’a lu, ligne par ligne.'}{' '}
        La ligne concernée est surlignée.
      </p>
      <div className="import-text-viewer" tabIndex={0} role="region" aria-label="Texte du document">
        <ol className="import-text-lines">
          {lines.map((text, i) => {
            const n = i + 1;
            const page = pdf ? pageOfLine(origin, n) : undefined;
            const newPage = pdf && page !== undefined && page !== pageOfLine(origin, n - 1);
            const current = n === line;
            return (
              <li
                key={n}
                ref={current ? target : undefined}
                tabIndex={current ? -1 : undefined}
                aria-current={current ? 'true' : undefined}
                className={current ? 'import-text-line import-text-current' : 'import-text-line'}
              >
                {newPage ? <span className="import-text-page">Page {page}</span> : null}
                {!pdf ? <span className="import-text-number">{n}</span> : null}
                <span className="import-text-content" data-raw-text>
                  {text.replace(/\t/g, '   ') || '\u00a0'}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <div className="form-actions">
        <Button variant="primary" onPress={onClose}>
          Fermer
        </Button>
      </div>
    </Dialog>
  );
}
