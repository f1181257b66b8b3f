import type { ContactRole, Side } from '../domain/schemas/vocabulary';

export type Confidence = 'high' | 'medium' | 'low';

/** One value read from the document, with where it came from. */
export interface Extracted<T> {
  value: T;
  /** 1-based line number in the normalised text (`ConventionExtraction.lines`). */
  sourceLine: number;
  sourceText: string;
  confidence: Confidence;
  /** Why the value needs a look (French), e.g. a role inferred from the order of the rows. */
  note?: string;
  /** The excerpt was read through OCR-tolerant matching: show « texte corrigé » beside it. */
  corrected?: boolean;
}

/**
 * A part the text plainly mentions (an annex of contacts, a bulletin, a SIRET, « Fait à »…)
 * but from which nothing could be read: the review says « Le texte contient … mais n'a pas pu
 * être lu », never « absent ».
 */
export interface UnreadPart {
  /** Stable key of the part, e.g. 'contacts', 'bulletins', 'siret', 'signature', 'missions'. */
  part: string;
  /** French noun phrase for the message, e.g. « une annexe des interlocuteurs ». */
  label: string;
  /** 1-based line in `ConventionExtraction.lines` where the mention is. */
  sourceLine: number;
  sourceText: string;
}

export interface ConflictValue {
  value: string;
  sourceLine: number;
  sourceText: string;
  /** How many times the document gives this value. */
  count: number;
}

/** Several different values for one field: the chosen one is `chosen`. */
export interface Conflict {
  field: string;
  label: string;
  chosen: string;
  values: ConflictValue[];
}

export interface EscalationValue {
  side: Side;
  name: string;
  function?: string;
  phone?: string;
  email?: string;
}

export interface ContactValue {
  side: Side;
  role: ContactRole;
  name?: string;
  email?: string;
  phones: string[];
}

export interface QuotaValue {
  profileCode: string;
  max: number;
}

export interface BulletinValue {
  serviceCode: string;
  serviceLabel?: string;
  siteLabel?: string;
  annexNumber?: string;
  date?: string;
  quotas: Extracted<QuotaValue>[];
}

export type PartnerKind = 'CCAS' | 'commune' | 'EPCI' | 'autre';

export interface ConventionExtraction {
  /** The normalised text, one entry per line; `sourceLine` n is `lines[n - 1]`. */
  lines: string[];
  caf: {
    name?: Extracted<string>;
    address?: Extracted<string>;
    directorName?: Extracted<string>;
    directorTitle?: Extracted<string>;
  };
  partner: {
    name?: Extracted<string>;
    kind?: Extracted<PartnerKind>;
    address?: Extracted<string>;
    representativeName?: Extracted<string>;
    representativeTitle?: Extracted<string>;
    siret?: Extracted<string>;
    email?: Extracted<string>;
    phone?: Extracted<string>;
  };
  convention: {
    number?: Extracted<string>;
    signedAt?: Extracted<string>;
    signedOn?: Extracted<string>;
    mode?: Extracted<'délégué' | 'centralisé'>;
    missions: Extracted<string>[];
  };
  deliberation: {
    body?: Extracted<string>;
    date?: Extracted<string>;
    number?: Extracted<string>;
    prefectureActId?: Extracted<string>;
  };
  serviceContract: {
    signedOn?: Extracted<string>;
    serviceCentreEmail?: Extracted<string>;
    serviceCentreHours?: Extracted<string>;
    handlingTime?: Extracted<string>;
    escalation: Extracted<EscalationValue>[];
  };
  contacts: Extracted<ContactValue>[];
  bulletins: Extracted<BulletinValue>[];
  conflicts: Conflict[];
  flags: {
    /** A convention whose partner, number and SIRET are all empty: a template not filled in. */
    looksLikeBlankTemplate: boolean;
    /** Nothing that looks like a convention, a contrat de services or a bulletin. */
    noConventionFound: boolean;
    /** Two « Administrateur » and no suppléant: the second was taken as suppléant. */
    administrateurReassigned: boolean;
  };
  /** Parts the text mentions but that could not be read (see UnreadPart). */
  unread: UnreadPart[];
  /** Points for the reviewer (French). */
  warnings: string[];
}
