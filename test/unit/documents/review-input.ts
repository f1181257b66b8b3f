/** The review report's input for the tests: the Lieusaint register, a closed review, its decisions. */
import { openCampaign } from '../../../shared/domain/review';
import type { ReviewItem } from '../../../shared/domain/schemas';
import { lieusaint, agent, habilitation } from '../../../shared/domain/testing/builders';
import type { ReviewReportInput } from '../../../shared/documents/review-report';
import { META } from './lieusaint';

/** Text with every run of spaces (NBSP included) and line breaks folded to one space. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

export function reviewInputForDump(extraAgents = 0): ReviewReportInput {
  return reviewInput(extraAgents);
}

export function reviewInput(extraAgents = 0): ReviewReportInput {
  const l = lieusaint();
  const agents = [...l.agents];
  const habilitations = [...l.habilitations];
  for (let k = 0; k < extraAgents; k++) {
    const a = agent({
      id: `gen-${k}`,
      lastName: `AGENT${String(k).padStart(4, '0')}`,
      firstName: 'Élodie',
      function: 'Agent d’accueil',
    });
    agents.push(a);
    habilitations.push(
      habilitation({ id: `gen-h-${k}`, agentId: a.id, profileCode: k % 2 ? 'T13' : 'T2' }),
    );
  }
  let n = 0;
  const { campaign, items } = openCampaign({
    conventionId: l.convention.id,
    year: 2026,
    campaignId: 'camp',
    newItemId: () => `i-${++n}`,
    habilitations,
    agents: agents.map((a) => (a.id === 'a-roussel' ? { ...a, departedOn: '2026-10-31' } : a)),
    bulletins: l.bulletins,
    openedBy: 'Véronique DJIRE',
    now: new Date('2026-11-02T09:00:00Z'),
    today: '2026-11-02',
  });
  const decided: ReviewItem[] = items.map((i) => {
    if (i.habilitationId === 'h-roussel') {
      return {
        ...i,
        decision: 'supprimer',
        reason: 'Départ de l’agent (mutation à Évry)',
        decidedBy: 'Véronique DJIRE',
        appliedInPortalOn: '2026-11-20',
      };
    }
    if (i.habilitationId === 'h-benali') {
      return {
        ...i,
        decision: 'modifier',
        newProfileCode: 'T2',
        reason: 'Calcul du quotient familial « QF »',
        decidedBy: 'Véronique DJIRE',
      };
    }
    return { ...i, decision: 'maintenir', decidedBy: 'Véronique DJIRE' };
  });
  return {
    meta: META,
    campaign: {
      ...campaign,
      status: 'closed',
      closedAt: '2026-11-19T15:00:00Z',
      closedBy: 'Véronique DJIRE',
      checklist: campaign.checklist.map((c, k) => ({
        ...c,
        answer: k === 6 ? 'sans-objet' : 'oui',
        comment: k === 4 ? 'Information du 12/09/2026, reçue par 5 agents' : undefined,
      })),
    },
    items: decided,
    partner: {
      name: 'CCAS de Lieusaint',
      siret: '26770164700013',
      representative: { name: 'Michel BISSON', title: 'Président' },
    },
    caf: { name: 'Caisse d’Allocations familiales de Seine-et-Marne' },
    bulletins: [{ id: 'bul-cdap', label: 'Cdap' }],
    quotas: [
      { bulletinId: 'bul-cdap', profileCode: 'T13', max: 4 },
      { bulletinId: 'bul-cdap', profileCode: 'T2', max: 1 },
    ],
  };
}
