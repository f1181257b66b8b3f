/**
 * The council's deliberation: which body (conseil municipal, conseil d'administration du
 * CCAS…), the date of the séance, its number. The prefecture act id is read anywhere (see
 * identifiers.ts) and attached here.
 */
import { findDateTolerant } from '../dates';
import type { ConventionExtraction } from '../types';
import { at, type Ctx } from './context';
import { softLine } from './paragraphs';
import type { Block } from './segmentation';

export function deliberation(ctx: Ctx, blocks: Block[]): ConventionExtraction['deliberation'] {
  const block = blocks.find((b) => b.kind === 'deliberation');
  if (!block) return {};
  const result: ConventionExtraction['deliberation'] = {};
  const region = ctx.lines.slice(block.start, block.end).join(' ');
  for (let i = block.start; i < block.end; i++) {
    const line = ctx.lines[i] ?? '';
    if (!result.body) {
      if (/conseil d'administration/i.test(line)) {
        const of = /\bCIAS\b|intercommunal d'action sociale/i.test(region)
          ? ' du CIAS'
          : /\bCCAS\b|centre communal d'action sociale/i.test(region)
            ? ' du CCAS'
            : '';
        result.body = at(ctx, i, `Conseil d'administration${of}`, 'high');
      } else if (/conseil municipal/i.test(line)) result.body = at(ctx, i, 'Conseil municipal', 'high');
      else if (/conseil communautaire/i.test(line)) result.body = at(ctx, i, 'Conseil communautaire', 'high');
      else if (/bureau communautaire/i.test(line)) result.body = at(ctx, i, 'Bureau communautaire', 'high');
    }
    if (!result.date && line) {
      const soft = softLine(ctx.lines, ctx.paragraphs, i).text;
      const seance = /s[ée]ance (?:du|en date du)\s+(.*)$/i.exec(soft) ?? /date de la d[ée]lib[ée]ration\s*:?\s*(.*)$/i.exec(soft);
      const date = seance ? findDateTolerant(seance[1] ?? '') : undefined;
      if (date) result.date = at(ctx, i, date.iso, 'high', undefined, date.corrected);
    }
    if (!result.number) {
      const labelled = /d[ée]lib[ée]ration\s+n\s*[°º*o]\s*:?\s*([A-Z0-9][\w./-]*\d[\w./-]*)/i.exec(line);
      const bare = /convention|siret|\bloi\b|r[èe]glement|d[ée]cret|article/i.test(line)
        ? null
        : /^n\s*[°º*o]\s*:?\s*([A-Z0-9][\w./-]*\d[\w./-]*)/i.exec(line);
      const n = labelled ?? bare;
      if (n?.[1]) result.number = at(ctx, i, n[1].replace(/[.-]+$/, ''), 'high');
    }
  }
  return result;
}
