/**
 * « Absent » versus « not understood »: cheap detectors for parts the text plainly mentions
 * but from which no reader got anything. Each reader reports what it could not read where
 * it looks (contacts, bulletins, quotas, SIRET, signature, missions, number); these cover
 * what is left across readers.
 */
import { fold } from '../text-tools';
import type { ConventionExtraction } from '../types';
import { type Ctx, unread } from './context';
import type { Block } from './segmentation';

export function detectUnread(ctx: Ctx, blocks: Block[], x: ConventionExtraction) {
  const delib = blocks.find((b) => b.kind === 'deliberation');
  if (delib && !x.deliberation.body && !x.deliberation.date && !x.deliberation.number) {
    unread(ctx, 'deliberation', 'une délibération', delib.cue);
  }
  if (!x.convention.mode) {
    for (const p of ctx.paragraphs.list) {
      const t = fold(p.text);
      if (/\bopte(?:nt)?\b.{0,120}\bmode\b/.test(t) && !/\.\s?\.|_{3}|saisir/.test(t)) {
        unread(ctx, 'mode', 'le mode de gestion des habilitations', p.lines[0]!);
        break;
      }
    }
  }
  const hasSignature = x.convention.signedAt || x.convention.signedOn || x.serviceContract.signedOn;
  if (!hasSignature) {
    ctx.lines.forEach((line, i) => {
      if (/^\s*f\S{2,3}\s*[àa]\s*\p{L}{3}/iu.test(line) && /^\s*fa/i.test(line) && !/\.\s?\.|_{3}/.test(line)) {
        if (!blocks.some((b) => b.kind === 'deliberation' && b.start <= i && i < b.end)) unread(ctx, 'signature', 'le lieu de signature (« Fait à »)', i);
      }
    });
  }
}
