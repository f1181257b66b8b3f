/** What the bulletin tests share: the bulletins read from a few lines, and a quota table's header row. */
import { normalizeLines } from '../normalize';
import { bulletins } from './bulletins';
import { makeCtx } from './context';
import { findBlocks } from './segmentation';

export const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const b = bulletins(ctx, findBlocks(ctx.lines));
  return {
    bulletins: b.map((x) => ({
      ...x.value,
      quotas: x.value.quotas.map(
        (q) => `${q.value.profileCode}=${q.value.max}${q.corrected ? '*' : ''}`,
      ),
    })),
    unread: ctx.unread.map((u) => `${u.part}@${u.sourceLine}`),
    warnings: ctx.warnings,
  };
};

export const TABLE = ['Profils\tNombre d’utilisateurs autorisés'];
