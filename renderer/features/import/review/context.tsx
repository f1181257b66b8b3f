import { createContext, useContext } from 'react';
import type { Conflict, ConventionExtraction, UnreadPart } from '../../../../shared/import';
import type { TextOrigin } from '../../../../shared/import/source-ref';

/** What every card of the review needs: the extraction, where its text came from, the viewer. */
export interface ReviewContextValue {
  x: ConventionExtraction;
  origin: TextOrigin;
  /** Opens the text the importer read, scrolled to a 1-based line. */
  openText: (line: number) => void;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview outside the import review');
  return value;
}

export const conflictOf = (x: ConventionExtraction, field: string): Conflict | undefined =>
  x.conflicts.find((c) => c.field === field);

/** The unread parts (see UnreadPart) that concern a field or a card. */
export const unreadOf = (x: ConventionExtraction, parts: readonly string[]): UnreadPart[] =>
  x.unread.filter((u) => parts.includes(u.part));

/**
 * Which unread parts each field of the review answers to (the readers' keys, see
 * shared/import/readers): a field with no value shows « Le texte contient … » for these.
 */
export const UNREAD_PARTS: Record<string, readonly string[]> = {
  'caf.name': ['caf'],
  'caf.address-form': ['caf.address'],
  'caf.directorName': ['director'],
  'caf.directorTitle': ['director'],
  'partner.name': ['partner'],
  'partner.address': ['partner', 'partner.address'],
  'partner.siret': ['siret'],
  'partner.representativeName': ['representative'],
  'partner.representativeTitle': ['representative'],
  'convention.number': ['number'],
  'convention.signedAt': ['signature'],
  'convention.signedOn': ['signature-date'],
  'convention.mode': ['mode'],
  'convention.missions': ['missions'],
  'deliberation.body': ['deliberation'],
  'deliberation.date': ['deliberation'],
  'deliberation.prefectureActId': ['prefectureActId'],
  'serviceContract.serviceCentreEmail': ['serviceCentre'],
  'serviceContract.serviceCentreHours': ['serviceCentre'],
  contacts: ['contacts'],
  bulletins: ['bulletins', 'quota'],
};
