/** The side a body's name stands for, read from its first words (the Caf, or a partner's kind of body). */
import type { Side } from '../../domain/schemas/vocabulary';
import { foldLoose } from './anchors';

// the body a line names by its first words: the Caf, or a partner's kind of body
const CAF_BODY = /^(?:la\s+|l')?(?:caf|caisse d'allocations familiales)\b/;
const PARTNER_BODY =
  /^(?:la\s+|le\s+|l')?(?:partenaire|commune|ville|mairie|ccas|cias|c\.c\.a\.s|centre (?:inter)?communal|centre hospitalier|hopital|communaute|metropole|syndicat|departement|conseil departemental|collectivite|association|fondation|etablissement|sivu|sivom|epci|union departementale|udaf|groupement|gip|mission locale|maison)\b/;

/** The side a body's name stands for (the Caf, or a partner's kind of body); undefined otherwise. */
export function bodySide(text: string): Side | undefined {
  const f = foldLoose(text.trim());
  if (CAF_BODY.test(f)) return 'caf';
  if (PARTNER_BODY.test(f)) return 'partner';
  return undefined;
}
