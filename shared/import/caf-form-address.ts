/**
 * The CAF's postal address as the administrator-change form's addressee block writes it
 * (annexe 3 of the contrat de services): the CAF name, its address, then « A l'attention de
 * l'administrateur ». When a text gives several CAF addresses (a typo in the convention's
 * parties, a seat and a postal box…), this is the one to write on the form: it is where
 * the CAF asks to receive it. Else the address of the contrat de services' parties block.
 */
import { foldText } from '../domain/text';
import type { Extracted } from './types';

const ATTENTION = /^a l'attention de l'administrateur/;
const CAF_NAME = /caisse d'allocations? familiales?|^caf\b/;
const CONTRACT_PARTIES = /^le present contrat (de services? )?est (signe|conclu) entre/;
const SEAT = /^dont le siege(?: social)? est(?: situe)?(?:\s+(?:a|au|:))?\s*/;
/** Placeholders of a blank template (« SAISIR … ») are not addresses. */
const PLACEHOLDER = /\b(saisir|renseigner)\b/;
const looksLikeAddress = (folded: string) =>
  /\d/.test(folded) && !PLACEHOLDER.test(folded) && folded.length <= 200;

/** The address of the form's addressee block, or of the contrat de services' parties. */
export function findCafFormAddress(lines: readonly string[]): Extracted<string> | undefined {
  const folded = lines.map((l) => foldText(l).replace(/[’`]/g, "'"));
  for (let i = 0; i < folded.length; i++) {
    if (!ATTENTION.test(folded[i]!)) continue;
    // Walk back over the address lines to the CAF name (at most 5 non-empty lines).
    const parts: { text: string; index: number }[] = [];
    for (let j = i - 1, seen = 0; j >= 0 && seen < 5; j--) {
      const f = folded[j]!;
      if (!f) continue;
      seen++;
      if (CAF_NAME.test(f)) break;
      parts.unshift({ text: lines[j]!.trim(), index: j });
    }
    const address = parts.filter((p) => looksLikeAddress(foldText(p.text)));
    if (address.length) {
      return {
        value: address.map((p) => p.text).join(', '),
        sourceLine: address[0]!.index + 1,
        sourceText: lines[address[0]!.index]!,
        confidence: 'high',
        note: 'Adresse du formulaire de changement d’administrateur (annexe 3) : c’est à elle que la Caf demande de l’envoyer.',
      };
    }
  }
  for (let i = 0; i < folded.length; i++) {
    if (!CONTRACT_PARTIES.test(folded[i]!)) continue;
    for (let j = i + 1; j < Math.min(folded.length, i + 8); j++) {
      if (!SEAT.test(folded[j]!)) continue;
      const value = lines[j]!.trim()
        .replace(/^dont le si[èe]ge(?: social)? est(?: situ[ée])?(?:\s+(?:à|au|:))?\s*/i, '')
        .replace(/[\s,;.]+$/, '');
      if (!looksLikeAddress(foldText(value))) break;
      return {
        value,
        sourceLine: j + 1,
        sourceText: lines[j]!,
        confidence: 'high',
        note: 'Adresse de la Caf dans le contrat de services : retenue comme destinataire du formulaire de changement d’administrateur.',
      };
    }
  }
  return undefined;
}
