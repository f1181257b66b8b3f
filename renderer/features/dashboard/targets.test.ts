import { describe, expect, it } from 'vitest';
import { targetPath } from './targets';

describe('targetPath', () => {
  it.each([
    [{ entity: 'agent', id: 'a' }, '', '/agents'],
    [{ entity: 'agent', id: 'a' }, 'habilitation-pending', '/agents?statut=a-regulariser'],
    [{ entity: 'contact', id: 'c' }, '', '/interlocuteurs'],
    [{ entity: 'quota', id: 'q' }, '', '/services'],
    [{ entity: 'convention', id: 'c' }, 'review-due-overdue', '/revue'],
    [{ entity: 'convention', id: 'c' }, 'review-due', '/revue'],
    [{ entity: 'convention', id: 'c' }, 'habilitation-purge-due', '/sauvegardes'],
    [{ entity: 'incident', id: 'i' }, 'service-request-escalation', '/incidents'],
    [{ entity: 'convention', id: 'c' }, 'bilan-annuel', '/convention'],
    [
      { entity: 'convention', id: 'c' },
      'convention-effective-date-missing',
      '/convention?champ=date-effet',
    ],
    [{ entity: 'agent', id: 'a' }, 'portal-departed-active', '/portail'],
    [{ entity: 'convention', id: 'd' }, 'portal-unknown-account', '/portail'],
  ] as const)('%o with %s opens %s', (ref, code, path) => {
    expect(targetPath(ref, code)).toBe(path);
  });
});
