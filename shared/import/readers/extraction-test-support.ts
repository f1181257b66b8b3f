/** Tests only: an extraction that read nothing, over these lines. */
import type { ConventionExtraction } from '../types';

export const emptyExtraction = (lines: string[] = ['']): ConventionExtraction => ({
  lines,
  caf: {},
  partner: {},
  convention: { missions: [] },
  deliberation: {},
  serviceContract: { escalation: [] },
  contacts: [],
  bulletins: [],
  conflicts: [],
  flags: {
    looksLikeBlankTemplate: false,
    noConventionFound: false,
    administrateurReassigned: false,
  },
  unread: [],
  warnings: [],
});
