/**
 * The kinds of difference between the portal's list and the register: the rule each one
 * touches, how serious it is, and what the user can do about it.
 */
import { ARTICLES } from '../articles';

export const DIFFERENCE_KINDS = [
  'departed-active',
  'login-conflict',
  'unknown-account',
  'over-quota',
  'missing-in-portal',
  'portal-only-profile',
  'profile-mismatch',
  'service-mismatch',
  'unused-account',
  'duplicate-account',
  'match-to-confirm',
  'ambiguous-match',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface DifferenceKindInfo {
  label: string;
  article: string;
  severity: 'alerte' | 'attention';
}

export const DIFFERENCE_INFO: Record<DifferenceKind, DifferenceKindInfo> = {
  'departed-active': {
    label: 'Agent parti, compte encore actif',
    article: ARTICLES.partnerCommitments,
    severity: 'alerte',
  },
  'login-conflict': {
    label: 'Identifiant et nom en désaccord',
    article: ARTICLES.partnerCommitments,
    severity: 'alerte',
  },
  'unknown-account': {
    label: 'Compte inconnu du registre',
    article: ARTICLES.partnerCommitments,
    severity: 'alerte',
  },
  'over-quota': {
    label: 'Comptes au-delà du quota du bulletin',
    article: ARTICLES.quota,
    severity: 'alerte',
  },
  'missing-in-portal': {
    label: 'Habilitation absente du portail',
    article: ARTICLES.habilitations,
    severity: 'attention',
  },
  'portal-only-profile': {
    label: 'Profil du portail absent du registre',
    article: ARTICLES.habilitations,
    severity: 'attention',
  },
  'profile-mismatch': {
    label: 'Profil différent',
    article: ARTICLES.habilitations,
    severity: 'attention',
  },
  'service-mismatch': {
    label: 'Service différent',
    article: ARTICLES.habilitations,
    severity: 'attention',
  },
  'unused-account': {
    label: 'Compte inutilisé depuis longtemps',
    article: ARTICLES.partnerCommitments,
    severity: 'attention',
  },
  'duplicate-account': {
    label: 'Plusieurs comptes pour un agent',
    article: ARTICLES.partnerCommitments,
    severity: 'attention',
  },
  'match-to-confirm': {
    label: 'Rapprochement à confirmer',
    article: ARTICLES.review,
    severity: 'attention',
  },
  'ambiguous-match': {
    label: 'Homonymes : à qui est ce compte ?',
    article: ARTICLES.review,
    severity: 'attention',
  },
};

/** What the user can do; the first action of a difference is the one suggested. */
export const PORTAL_ACTIONS = [
  'register-agent',
  'register-habilitation',
  'mark-deactivate-in-portal',
  'mark-create-in-portal',
  'mark-change-in-portal',
  'revoke-in-register',
  'align-register',
  'confirm-match',
  'reject-match',
  'explain',
] as const;
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

export const PORTAL_ACTION_LABELS: Record<PortalAction, string> = {
  'register-agent': 'Enregistrer l’agent et son habilitation',
  'register-habilitation': 'Enregistrer l’habilitation',
  'mark-deactivate-in-portal': 'À désactiver dans le portail',
  'mark-create-in-portal': 'À créer dans le portail',
  'mark-change-in-portal': 'À modifier dans le portail',
  'revoke-in-register': 'Retirer dans le registre',
  'align-register': 'Aligner le registre sur le portail',
  'confirm-match': 'C’est bien cet agent',
  'reject-match': 'Ce n’est pas cet agent',
  explain: 'Expliquer (garder tel quel)',
};

/** What the portal says about the account a difference is about (no more than needed). */
export interface AccountSummary {
  key: string;
  login?: string;
  email?: string;
  lastName?: string;
  firstName?: string;
  fullName?: string;
  status: 'actif' | 'suspendu' | 'désactivé';
  profiles: string[];
  serviceCodes: string[];
  lastLoginOn?: string;
  createdOn?: string;
}

export interface PortalDifference {
  /** Stable from one list to the next, so that an explanation is kept. */
  key: string;
  kind: DifferenceKind;
  severity: 'alerte' | 'attention';
  article: string;
  /** French, with the article, for the administrator. */
  message: string;
  actions: PortalAction[];
  account?: AccountSummary;
  agentId?: string;
  candidateAgentIds?: string[];
  habilitationId?: string;
  /** The profile in the portal (and its service). */
  profileCode?: string;
  serviceCode?: string;
  /** The register's profile it differs from (profile or service mismatch). */
  registerProfileCode?: string;
  bulletinId?: string;
}

const collator = new Intl.Collator('fr');

/** Sorting: departed-but-active first, then by kind order, then by message. */
export function compareDifferences(a: PortalDifference, b: PortalDifference): number {
  const ka = DIFFERENCE_KINDS.indexOf(a.kind);
  const kb = DIFFERENCE_KINDS.indexOf(b.kind);
  return ka - kb || collator.compare(a.message, b.message);
}
