/** What the missions tests share: the missions and the management mode read from a few lines. */
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { managementMode } from './contrat';
import { missions } from './missions';
import { findBlocks } from './segmentation';

export const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  return {
    missions: missions(ctx, findBlocks(ctx.lines)).map((m) => m.value),
    unread: ctx.unread.map((u) => u.part),
    mode: managementMode(ctx).map((m) => m.value),
  };
};
