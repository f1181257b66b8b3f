/**
 * A backup's body checked as a register, before anything is replaced: every reference
 * points to a row of the file, unique keys are unique, and the convention's rules hold.
 * What the app itself would have refused to write (a habilitation whose agent is missing,
 * revoked before granted, a departure before the arrival, two quotas for one profile of a
 * bulletin) cannot be loaded; what the register may legitimately hold (over quota after an
 * avenant, a profile missing from the catalogue) is loaded with a warning.
 *
 * The rules are the domain's (shared/domain/rules): nothing is rewritten here. Every check
 * is linear: rows are indexed by id once.
 */
import type { IsoDate } from '../domain/dates';
import { agentName, formatBulletinLabel, formatCount } from '../domain/format';
import { validateAgent } from '../domain/rules/agents';
import { sameProfileCode } from '../domain/rules/active';
import { validateContactDates } from '../domain/rules/contacts';
import { validateHabilitationDates } from '../domain/rules/habilitations';
import { quotaOverFindings, quotaUsage } from '../domain/rules/quota';
import { checkTermination } from '../domain/rules/termination';
import type {
  Agent,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Organisation,
  Profile,
  Quota,
  ReviewCampaign,
  ReviewItem,
  SecuritySession,
  Setting,
} from '../domain/schemas';
import { isValidSiret } from '../domain/siret';
import { frenchSpacing, guillemets } from '../domain/text';
import { TABLE_LABELS, type ExportTable, type ExportTables } from './export-format';

export type IssueGroupKey =
  'references' | 'duplicates' | 'dates' | 'rules' | 'profiles' | 'identifiers';

export const ISSUE_GROUP_LABELS: Record<IssueGroupKey, string> = {
  references: 'Liens vers des données absentes de la sauvegarde',
  duplicates: 'Doublons',
  dates: 'Dates incohérentes',
  rules: 'Règles de la convention',
  profiles: 'Profils et quotas',
  identifiers: 'Identifiants',
};

export interface IssueGroup {
  key: IssueGroupKey;
  label: string;
  /** French sentences, at most `MAX_PER_GROUP` (then a last line says how many more). */
  messages: string[];
  /** How many problems of this group, including those not listed. */
  count: number;
}

export interface RegisterCheck {
  /** What cannot be loaded: the restore is refused. */
  refusals: IssueGroup[];
  /** Loadable, but to look at after the restore. */
  warnings: IssueGroup[];
}

export const MAX_PER_GROUP = 20;

class Collector {
  private readonly groups = new Map<IssueGroupKey, string[]>();
  add(key: IssueGroupKey, message: string) {
    let list = this.groups.get(key);
    if (!list) this.groups.set(key, (list = []));
    list.push(frenchSpacing(message));
  }
  result(): IssueGroup[] {
    const order = Object.keys(ISSUE_GROUP_LABELS) as IssueGroupKey[];
    return order
      .filter((k) => this.groups.has(k))
      .map((key) => {
        const all = this.groups.get(key)!;
        const messages = all.slice(0, MAX_PER_GROUP);
        if (all.length > MAX_PER_GROUP)
          messages.push(
            `… et ${formatCount(all.length - MAX_PER_GROUP, 'autre', 'autres')} du même genre.`,
          );
        return { key, label: ISSUE_GROUP_LABELS[key], messages, count: all.length };
      });
  }
}

function indexBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const r of rows) map.set(key(r), r);
  return map;
}

const short = (id: string) => guillemets(id.length > 40 ? `${id.slice(0, 40)}…` : id);

/** Refusals and warnings for a validated body (every row already satisfies its schema). */
export function checkRegister(tables: ExportTables, today: IsoDate): RegisterCheck {
  const refuse = new Collector();
  const warn = new Collector();
  const t = tables as unknown as {
    settings: Setting[];
    profiles: Profile[];
    organisations: Organisation[];
    conventions: Convention[];
    contacts: Contact[];
    bulletins: Bulletin[];
    quotas: Quota[];
    agents: Agent[];
    habilitations: Habilitation[];
    reviewCampaigns: ReviewCampaign[];
    reviewItems: ReviewItem[];
    securitySessions: SecuritySession[];
  };
  const anyTable = tables as Record<ExportTable, Record<string, unknown>[]>;

  const organisations = indexBy(t.organisations, (o) => o.id);
  const conventions = indexBy(t.conventions, (c) => c.id);
  const bulletins = indexBy(t.bulletins, (b) => b.id);
  const agents = indexBy(t.agents, (a) => a.id);
  const habilitations = indexBy(t.habilitations, (h) => h.id);
  const campaigns = indexBy(t.reviewCampaigns, (c) => c.id);
  const profileCodes = t.profiles.map((p) => p.code);
  const exactCodes = new Set(profileCodes);
  const knownProfile = (code: string) =>
    exactCodes.has(code) || profileCodes.some((p) => sameProfileCode(p, code));
  const profileCache = new Map<string, boolean>();
  const isKnownProfile = (code: string) => {
    let known = profileCache.get(code);
    if (known === undefined) profileCache.set(code, (known = knownProfile(code)));
    return known;
  };
  const bulletinName = (b: Bulletin | undefined, id: string) =>
    b ? guillemets(formatBulletinLabel(b)) : short(id);
  const agentLabel = (a: Agent | undefined, id: string) =>
    a ? agentName(a) : `l’agent ${short(id)}`;

  // — Conventions and organisations
  for (const c of t.conventions) {
    for (const [field, label] of [
      ['partnerId', 'le partenaire'],
      ['cafId', 'la Caf'],
    ] as const) {
      if (!organisations.has(c[field])) {
        refuse.add(
          'references',
          `La convention ${c.number ? guillemets(c.number) : short(c.id)} renvoie à ${label} ${short(c[field])}, absent de la sauvegarde.`,
        );
      }
    }
    if (c.termination) {
      for (const f of checkTermination(c.termination).findings) warn.add('rules', f.message);
    }
  }
  for (const o of t.organisations) {
    if (o.siret && !isValidSiret(o.siret)) {
      warn.add(
        'identifiers',
        `Le SIRET de ${guillemets(o.name)} (${o.siret}) a une clé de contrôle incorrecte : vérifiez-le après la restauration.`,
      );
    }
  }

  // — Rows attached to a convention
  const byConvention: ExportTable[] = [
    'avenants',
    'serviceContracts',
    'contacts',
    'bulletins',
    'reviewCampaigns',
    'documents',
    'incidents',
    'bilans',
    'subcontractorNotices',
    'securitySessions',
  ];
  for (const table of byConvention) {
    for (const row of anyTable[table]) {
      const conventionId = row.conventionId as string;
      if (!conventions.has(conventionId)) {
        refuse.add(
          'references',
          `${TABLE_LABELS[table]} : la ligne ${short(String(row.id))} renvoie à la convention ${short(conventionId)}, absente de la sauvegarde.`,
        );
      }
    }
  }
  const contractOf = new Map<string, string>();
  for (const sc of anyTable.serviceContracts as { id: string; conventionId: string }[]) {
    const other = contractOf.get(sc.conventionId);
    if (other !== undefined) {
      refuse.add(
        'duplicates',
        `Deux contrats de services (${short(other)} et ${short(sc.id)}) pour la même convention : il n’en faut qu’un.`,
      );
    } else contractOf.set(sc.conventionId, sc.id);
  }

  // — Contacts
  for (const c of t.contacts) {
    for (const f of validateContactDates(c).findings)
      refuse.add(
        'dates',
        `Interlocuteur ${c.name ? guillemets(c.name) : short(c.id)} : ${f.message}`,
      );
    if (c.agentId && !agents.has(c.agentId)) {
      warn.add(
        'references',
        `L’interlocuteur ${c.name ? guillemets(c.name) : short(c.id)} est lié à un agent absent de la sauvegarde (${short(c.agentId)}) : le lien sera ignoré.`,
      );
    }
  }

  // — Bulletins and quotas
  const quotaKeys = new Map<string, string>();
  for (const q of t.quotas) {
    const b = bulletins.get(q.bulletinId);
    if (!b) {
      refuse.add(
        'references',
        `Le quota ${q.profileCode} (${short(q.id)}) renvoie à un bulletin absent de la sauvegarde (${short(q.bulletinId)}).`,
      );
      continue;
    }
    // The table's unique index is exact ([bulletinId+profileCode]); the rules compare codes folded.
    const key = `${q.bulletinId}\u0000${q.profileCode.trim().toUpperCase()}`;
    if (quotaKeys.has(key)) {
      refuse.add(
        'duplicates',
        `Le bulletin ${bulletinName(b, q.bulletinId)} a deux quotas pour le profil ${q.profileCode.trim().toUpperCase()} : il n’en faut qu’un.`,
      );
    } else quotaKeys.set(key, q.id);
    if (!isKnownProfile(q.profileCode)) {
      warn.add(
        'profiles',
        `Le bulletin ${bulletinName(b, q.bulletinId)} a un quota pour le profil ${guillemets(q.profileCode)}, absent du catalogue des profils.`,
      );
    }
  }

  // — Agents
  for (const a of t.agents) {
    if (!organisations.has(a.organisationId)) {
      refuse.add(
        'references',
        `${agentName(a)} est rattaché(e) à un organisme absent de la sauvegarde (${short(a.organisationId)}).`,
      );
    }
    for (const f of validateAgent(a).findings)
      refuse.add('dates', `${agentName(a)} : ${f.message}`);
  }

  // — Habilitations
  const habsByBulletin = new Map<string, Habilitation[]>();
  for (const h of t.habilitations) {
    const a = agents.get(h.agentId);
    const b = bulletins.get(h.bulletinId);
    const what = `L’habilitation ${h.profileCode} de ${agentLabel(a, h.agentId)}`;
    if (!a)
      refuse.add(
        'references',
        `${what} renvoie à un agent absent de la sauvegarde (${short(h.agentId)}).`,
      );
    if (!b)
      refuse.add(
        'references',
        `${what} renvoie à un bulletin absent de la sauvegarde (${short(h.bulletinId)}).`,
      );
    else {
      let list = habsByBulletin.get(h.bulletinId);
      if (!list) habsByBulletin.set(h.bulletinId, (list = []));
      list.push(h);
    }
    if (!isKnownProfile(h.profileCode)) {
      warn.add(
        'profiles',
        `${what} porte un profil absent du catalogue des profils (${guillemets(h.profileCode)}).`,
      );
    }
    for (const f of validateHabilitationDates(h).findings)
      refuse.add('dates', `${what} : ${f.message}`);
  }
  const quotasByBulletin = new Map<string, Quota[]>();
  for (const q of t.quotas) {
    let list = quotasByBulletin.get(q.bulletinId);
    if (!list) quotasByBulletin.set(q.bulletinId, (list = []));
    list.push(q);
  }
  for (const b of t.bulletins) {
    const usage = quotaUsage({
      bulletins: [b],
      quotas: quotasByBulletin.get(b.id) ?? [],
      habilitations: habsByBulletin.get(b.id) ?? [],
      today,
    });
    for (const f of quotaOverFindings(usage)) warn.add('profiles', f.message);
  }

  // — Reviews
  const campaignYears = new Map<string, string>();
  for (const c of t.reviewCampaigns) {
    const key = `${c.conventionId}\u0000${c.year}`;
    if (campaignYears.has(key))
      warn.add('duplicates', `Deux revues annuelles ${c.year} pour la même convention.`);
    else campaignYears.set(key, c.id);
  }
  for (const i of t.reviewItems) {
    const who = guillemets(i.snapshot.agentName);
    if (!campaigns.has(i.campaignId)) {
      refuse.add(
        'references',
        `La ligne de revue de ${who} renvoie à une revue absente de la sauvegarde (${short(i.campaignId)}).`,
      );
    }
    if (i.habilitationId && !habilitations.has(i.habilitationId)) {
      refuse.add(
        'references',
        `La ligne de revue de ${who} renvoie à une habilitation absente de la sauvegarde (${short(i.habilitationId)}).`,
      );
    }
    if (i.newHabilitationId && !habilitations.has(i.newHabilitationId)) {
      warn.add(
        'references',
        `La ligne de revue de ${who} renvoie à une nouvelle habilitation absente de la sauvegarde (${short(i.newHabilitationId)}).`,
      );
    }
  }

  // — Security sessions
  for (const s of t.securitySessions) {
    const missing = s.attendeeAgentIds.filter((id) => !agents.has(id));
    if (missing.length) {
      warn.add(
        'references',
        `La session d’information sécurité du ${s.date.split('-').reverse().join('/')} compte ${formatCount(missing.length, 'participant absent', 'participants absents')} de la liste des agents.`,
      );
    }
  }

  // — Settings
  const current = t.settings.find((s) => s.key === 'currentConventionId')?.value;
  if (typeof current === 'string' && !conventions.has(current)) {
    warn.add(
      'references',
      'La convention affichée par défaut n’est pas dans la sauvegarde : la première convention sera affichée.',
    );
  }

  return { refusals: refuse.result(), warnings: warn.result() };
}

/** The groups as lines (« Doublons : … »), for an error's details. */
export function issueLines(groups: readonly IssueGroup[]): string[] {
  return groups.flatMap((g) => g.messages.map((m) => frenchSpacing(`${g.label} : ${m}`)));
}
