import { useState } from 'react';
import {
  extractConvention,
  draftFromExtraction,
  type ConventionExtraction,
  type ImportDraft,
} from '../../../shared/import';
import type { TextOrigin } from '../../../shared/import/source-ref';
import { PageHeader } from '../../ui/PageHeader';
import { ImportReview } from './ImportReview';
import { ImportSource } from './ImportSource';

/**
 * Importer la convention: paste its text or open its .txt / .pdf, review every value read
 * (with the page or line it came from), then save everything in one go.
 */
export function ImportPage() {
  const [analysis, setAnalysis] = useState<{
    extraction: ConventionExtraction;
    draft: ImportDraft;
    origin: TextOrigin;
  } | null>(null);
  return (
    <>
      <PageHeader
        title="Importer la convention"
        description="Partez de la convention signée : collez son texte ou ouvrez le fichier, vérifiez ce qui a été lu, puis enregistrez."
      />
      {analysis ? (
        <ImportReview
          extraction={analysis.extraction}
          initialDraft={analysis.draft}
          origin={analysis.origin}
          onRestart={() => setAnalysis(null)}
        />
      ) : (
        <ImportSource
          onText={(text, origin) => {
            const extraction = extractConvention(text);
            setAnalysis({ extraction, draft: draftFromExtraction(extraction), origin });
          }}
        />
      )}
    </>
  );
}
