import { useState } from 'react';
import { extractConvention, draftFromExtraction, type ConventionExtraction, type ImportDraft } from '../../../shared/import';
import { PageHeader } from '../../ui/PageHeader';
import { ImportReview } from './ImportReview';
import { ImportSource } from './ImportSource';

/**
 * Importer la convention: paste its text or open its .txt / .pdf, review every value read
 * (with the line it came from), then save everything in one go.
 */
export function ImportPage() {
  const [analysis, setAnalysis] = useState<{ extraction: ConventionExtraction; draft: ImportDraft; source: string } | null>(null);
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
          sourceName={analysis.source}
          onRestart={() => setAnalysis(null)}
        />
      ) : (
        <ImportSource
          onText={(text, source) => {
            const extraction = extractConvention(text);
            setAnalysis({ extraction, draft: draftFromExtraction(extraction), source });
          }}
        />
      )}
    </>
  );
}
