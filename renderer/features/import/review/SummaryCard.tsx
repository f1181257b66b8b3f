import { formatCount } from '../../../../shared/domain/format';
import { importHints } from '../../../../shared/import';
import { pagesLabel } from '../../../../shared/import/pdf-source';
import { sourcePlace } from '../../../../shared/import/source-ref';
import { Card } from '../../../ui/Card';
import { useReview } from './context';
import { cafAddressForForm } from '../ImportOnboarding';
import { UnreadNote } from './SourceNote';

const FLAG_WARNINGS = /modèle vierge|Aucune convention/;

/** What was read, from where, and everything the reviewer must look at first. */
export function SummaryCard() {
  const { x, origin } = useReview();
  const pdf = origin.kind === 'pdf';
  // the readers say « ligne N » of the text they read; for a PDF the user needs the page
  const warnings = x.warnings
    .filter((w) => !FLAG_WARNINGS.test(w))
    .map((w) =>
      pdf ? w.replace(/\bligne (\d+)\b/g, (_m, n: string) => sourcePlace(origin, Number(n))) : w,
    );
  const imagePages = origin.imagePages ?? [];
  return (
    <Card title="Vérifiez ce qui a été lu" id="import-summary">
      <p>
        Source : {origin.name}
        {pdf
          ? `, ${origin.pageCount === undefined ? '? pages' : formatCount(origin.pageCount, 'page')}`
          : `, ${x.lines.length} lignes`}
        . Chaque champ indique{' '}
        {pdf ? 'la page du PDF et le passage' : 'la ligne du texte et le passage'} d’où il vient ;
        les valeurs marquées « À vérifier » sont incertaines ou le document en donne plusieurs.
        Corrigez ce qui doit l’être : rien n’est enregistré avant le bouton en bas de page.
      </p>
      {imagePages.length ? (
        <div className="warning-box" role="status">
          <strong>Pages scannées.</strong> {pagesLabel(imagePages).replace(/^p/, 'P')} de ce PDF{' '}
          {imagePages.length > 1 ? 'sont des images' : 'est une image'} : leur texte n’a pas pu être
          lu. Vérifiez-les sur le document et saisissez ce qu’elles contiennent.
        </div>
      ) : null}
      {x.flags.looksLikeBlankTemplate ? (
        <div className="warning-box" role="status">
          <strong>Modèle vierge.</strong> Ce document ressemble à un modèle de convention non rempli
          : le partenaire, le numéro et le SIRET sont vides. Presque rien n’a donc été lu, et rien
          n’a été inventé : complétez les champs vous-même.
        </div>
      ) : null}
      {x.flags.noConventionFound ? (
        <div className="warning-box" role="status">
          <strong>Aucune convention reconnue.</strong> Ce texte ne ressemble pas à une convention «
          Mon Compte Partenaire ». Vérifiez que vous avez collé le bon document.
        </div>
      ) : null}
      {x.unread.length ? (
        <div className="warning-box">
          <strong>Passages que l’importeur n’a pas pu lire ({x.unread.length}) :</strong>
          <ul>
            {x.unread.map((u) => (
              <li key={`${u.part}-${u.sourceLine}`}>
                <UnreadNote part={u} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length ? (
        <div className="warning-box">
          <strong>Points à vérifier :</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {x.conflicts.length ? (
        <div className="warning-box">
          <strong>Valeurs différentes dans le document ({x.conflicts.length}) :</strong> la valeur
          la plus complète et la plus cohérente avec le reste du texte a été retenue.
          <ul>
            {x.conflicts.map(cafAddressForForm(importHints(x))).map((c) => (
              <li key={c.field}>
                {c.label} : retenu « {c.chosen} » ; aussi lu{' '}
                {c.values
                  .filter((v) => v.value !== c.chosen)
                  .map((v) => `« ${v.value} » (${sourcePlace(origin, v.sourceLine)})`)
                  .join(', ')}
                .
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
