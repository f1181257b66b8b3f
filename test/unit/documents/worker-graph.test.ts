/**
 * What the documents worker evaluates before its first PDF: pdfmake and the builders, not
 * Word's library (a chunk loaded on the first Word document). An `iife` worker would inline
 * that dynamic import, so the worker is built as an ES module.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';
import { staticGraph } from '../../support/static-graph';

const root = path.resolve(__dirname, '../../..');

describe('the documents worker’s start', () => {
  const { modules, packages } = staticGraph(root, 'renderer/documents/pdf.worker.ts');

  it('reaches pdfmake and the registry of builders (the walk itself)', () => {
    expect(packages).toContain('pdfmake');
    expect(modules).toContain('shared/documents/registry.ts');
    expect(modules).toContain('shared/documents/admin-change.ts');
  });

  it('does not load Word’s library before a Word document is asked for', () => {
    expect(packages).not.toContain('docx');
    expect(modules).not.toContain('shared/documents/docx.ts');
  });

  it('is built as an ES module worker, so that import() makes a chunk', () => {
    const config = viteConfig as { worker?: { format?: string } };
    expect(config.worker?.format).toBe('es');
  });
});
