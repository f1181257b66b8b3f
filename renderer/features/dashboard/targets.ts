import type { EntityRef } from '../../../shared/domain/findings';

/**
 * The screen where the thing a finding or deadline is about can be fixed. `code` (a finding
 * code or a deadline kind) wins over the entity: a review that is due points at the review
 * screen even though it refers to the convention.
 */
export function targetPath(ref: EntityRef, code = ''): string {
  if (code === 'habilitation-pending') return '/agents?statut=a-regulariser';
  if (code.startsWith('portal-')) return PORTAL_PATH;
  if (code === 'convention-effective-date-missing') return EFFECTIVE_DATE_FIELD_PATH;
  if (code.startsWith('review')) return '/revue';
  if (code.includes('purge')) return '/sauvegardes';
  if (code.startsWith('service-request')) return '/incidents';
  switch (ref.entity) {
    case 'agent':
    case 'habilitation':
      return '/agents';
    case 'contact':
      return '/interlocuteurs';
    case 'bulletin':
    case 'quota':
      return '/services';
    case 'reviewCampaign':
      return '/revue';
    case 'incident':
      return '/incidents';
    case 'journalEntry':
      return '/journal';
    case 'convention':
    case 'bilanAnnuel':
    case 'subcontractorNotice':
      return '/convention';
  }
}

/** Opens the convention's form on its « Date d’effet » field (focused). */
export const EFFECTIVE_DATE_FIELD_PATH = '/convention?champ=date-effet';

/** Where a difference with the portal's list is resolved or explained. */
export const PORTAL_PATH = '/portail';
/** The roster filtered on the agents concerned by an open difference with the portal. */
export const ROSTER_PORTAL_FILTER_PATH = '/agents?ecarts=portail';

export const TARGET_LINK_LABELS: Record<string, string> = {
  [EFFECTIVE_DATE_FIELD_PATH]: 'Renseigner la date d’effet',
  '/agents': 'Ouvrir Agents et habilitations',
  '/agents?statut=a-regulariser': 'Ouvrir les habilitations à régulariser',
  '/interlocuteurs': 'Ouvrir Interlocuteurs',
  '/services': 'Ouvrir Services et quotas',
  '/revue': 'Ouvrir Revue annuelle',
  '/incidents': 'Ouvrir Demandes et incidents',
  '/journal': 'Ouvrir le journal',
  '/convention': 'Ouvrir Convention',
  '/sauvegardes': 'Ouvrir Sauvegardes (purge)',
  [PORTAL_PATH]: 'Traiter dans Rapprochement portail',
};
