import { describe, expect, it } from 'vitest';
import { buildDocumentSource } from '../../../shared/documents/registry';
import { WARM_UP_DOCUMENTS } from '../../../renderer/documents/render';
import { pdfPagesText, renderPdf } from './render-node';

describe('document worker warm-up', () => {
  // A warm-up that no longer fits its schema would fail silently in the worker (and the
  // user's first document would pay for the fonts and the layout code again).
  it.each(WARM_UP_DOCUMENTS)(
    'builds a real %s, every field filled in',
    async (kind, snapshot) => {
      const source = buildDocumentSource(kind, 'pdf', snapshot);
      expect(source.format).toBe('pdf');
      if (source.format !== 'pdf') return;
      const text = (await pdfPagesText(await renderPdf(source.content))).join('\n');
      expect(text).toContain('Préparation');
      if (kind === 'changement-administrateur') expect(text).not.toContain('………');
    },
    30_000,
  );
});
