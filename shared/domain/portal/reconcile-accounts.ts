/**
 * The reconciliation's matching step: each account of the portal list matched to an agent of
 * the register, with the differences the matching itself finds (a login used under another
 * name, a match to confirm or to choose, an account the register does not know).
 */
import { formatDateFr } from '../dates';
import { describeAccount, type PortalAccount } from './accounts';
import { grantLabel, summarise, type ReconcileContext } from './reconcile-context';
import { matchAccount, type AccountMatch } from './match';

export interface AccountMatching {
  matches: Map<string, AccountMatch>;
  /** The accounts matched to each agent. */
  accountsByAgent: Map<string, PortalAccount[]>;
  /** Agents of an uncertain match, not compared until the user answers. */
  onHold: Set<string>;
  activeAccounts: number;
  matched: number;
}

export function matchAccounts(ctx: ReconcileContext): AccountMatching {
  const { input, idx, agentName, add, art } = ctx;
  const matches = new Map<string, AccountMatch>();
  const accountsByAgent = new Map<string, PortalAccount[]>();
  const onHold = new Set<string>();
  let activeAccounts = 0;
  let matched = 0;
  for (const a of input.list.accounts) {
    const live = a.status !== 'désactivé';
    if (live) activeAccounts++;
    const m = matchAccount(a, idx, input.links?.get(a.key));
    matches.set(a.key, m);
    const who = describeAccount(a);
    const summary = summarise(a);
    if (m.kind === 'matched') {
      matched++;
      const l = accountsByAgent.get(m.agentId) ?? [];
      l.push(a);
      accountsByAgent.set(m.agentId, l);
      if (m.conflict && live) {
        const agent = idx.agents.get(m.agentId)!;
        const other = m.conflict.otherAgentId ? idx.agents.get(m.conflict.otherAgentId) : undefined;
        const via = m.by === 'login' ? `l’identifiant ${a.login}` : `le mél ${a.email}`;
        add(
          'login-conflict',
          a.key,
          `Le compte ${who} porte ${via}, enregistré pour ${agentName(agent)}, mais un autre nom${other ? ` (celui de ${agentName(other)})` : ''}. Un compte ne doit servir qu’à une seule personne ${art('login-conflict')} : vérifiez à qui il est et corrigez le portail ou le registre.`,
          ['explain'],
          {
            account: summary,
            agentId: agent.id,
            ...(other ? { candidateAgentIds: [other.id] } : {}),
          },
        );
      }
    } else if (m.kind === 'proposed') {
      if (!live) continue;
      onHold.add(m.agentId);
      const agent = idx.agents.get(m.agentId)!;
      const why =
        m.why === 'inverted'
          ? 'NOM et prénom inversés'
          : m.why === 'partial'
            ? 'nom composé écrit en partie'
            : `cet agent a déjà l’identifiant ${agent.portalLogin ?? ''}`;
      add(
        'match-to-confirm',
        a.key,
        `Le compte ${who} ressemble à ${agentName(agent)} (${why}). Confirmez ou écartez ce rapprochement : rien n’est appliqué sans votre accord.`,
        ['confirm-match', 'reject-match'],
        { account: summary, agentId: agent.id, candidateAgentIds: [agent.id] },
      );
    } else if (m.kind === 'ambiguous') {
      if (!live) continue;
      for (const id of m.candidates) onHold.add(id);
      const names = m.candidates.map((id) => agentName(idx.agents.get(id)!)).join(', ');
      const by =
        m.by === 'name' ? 'le même nom' : m.by === 'email' ? 'le même mél' : 'le même identifiant';
      add(
        'ambiguous-match',
        a.key,
        `Le compte ${who} peut appartenir à plusieurs agents qui ont ${by} (${names}). Choisissez lequel : l’application ne devine pas.`,
        ['confirm-match', 'reject-match'],
        { account: summary, candidateAgentIds: [...m.candidates] },
      );
    } else if (live) {
      const grants = a.grants.filter((g) => g.status !== 'désactivé');
      const profiles = grants.length ? grants.map(grantLabel).join(', ') : 'aucun profil';
      const last = a.lastLoginOn ? `, dernière connexion le ${formatDateFr(a.lastLoginOn)}` : '';
      add(
        'unknown-account',
        a.key,
        `Le compte ${who} (${profiles}${last}) est ${a.status === 'suspendu' ? 'suspendu' : 'actif'} dans le portail mais inconnu du registre. Une habilitation ne se donne qu’aux agents placés sous votre responsabilité ${art('unknown-account')} : enregistrez l’agent et son habilitation, ou faites désactiver le compte.`,
        ['register-agent', 'mark-deactivate-in-portal', 'explain'],
        { account: summary, ...(grants[0] ? { profileCode: grants[0].profileCode } : {}) },
      );
    }
  }

  return { matches, accountsByAgent, onHold, activeAccounts, matched };
}
