import type { EntityRef } from '../../../shared/domain/findings';

/** The screen where the thing a finding is about can be fixed. */
export function targetPath(ref: EntityRef): string {
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

export const TARGET_LINK_LABELS: Record<string, string> = {
  '/agents': 'Ouvrir Agents et habilitations',
  '/interlocuteurs': 'Ouvrir Interlocuteurs',
  '/services': 'Ouvrir Services et quotas',
  '/revue': 'Ouvrir Revue annuelle',
  '/incidents': 'Ouvrir Demandes et incidents',
  '/journal': 'Ouvrir le journal',
  '/convention': 'Ouvrir Convention',
};
