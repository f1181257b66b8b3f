/** What the contrat de services tests share: the service contract read from a few lines of its section. */
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { serviceContract } from './contrat';
import { findBlocks } from './segmentation';

export const contrat = (...body: string[]) => {
  const ctx = makeCtx(
    normalizeLines(
      ['5. CONTRAT DE SERVICES', '', ...body, '', '6. ANNEXE 1 – INTERLOCUTEURS'].join('\n'),
    ),
  );
  return serviceContract(ctx, findBlocks(ctx.lines), []);
};
