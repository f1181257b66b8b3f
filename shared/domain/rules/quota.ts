/**
 * Quotas of a bulletin d'adhésion (contrat art. 2.2.1): per profile, the maximum number of
 * habilitations the partner may create. A profile without a quota (or with 0) cannot be
 * granted. Every habilitation active in the register counts, whether or not it was already
 * applied in the portal (see `isHabilitationActive` for « active »).
 */
import { ARTICLES } from '../articles';
import { formatDateFr, type IsoDate } from '../dates';
import { decide, type Decision, type Finding } from '../findings';
import { formatBulletinLabel, formatNumber } from '../format';
import { compareProfileCodes } from '../profiles';
import type { Bulletin, Habilitation, Quota } from '../schemas';
import { frenchSpacing } from '../text';
import { isHabilitationActive, sameProfileCode } from './active';

/** Quotas as entity rows (filtered on the bulletin) or as a plain map profileCode → max. */
export type QuotaInput = readonly Quota[] | Readonly<Record<string, number>>;

/** The maximum for a profile in a bulletin, or undefined when the bulletin sets none. */
export function quotaMax(
  bulletinId: string,
  quotas: QuotaInput,
  profileCode: string,
): number | undefined {
  if (Array.isArray(quotas)) {
    const row = (quotas as readonly Quota[]).find(
      (q) => q.bulletinId === bulletinId && sameProfileCode(q.profileCode, profileCode),
    );
    return row?.max;
  }
  const map = quotas as Readonly<Record<string, number>>;
  const key = Object.keys(map).find((k) => sameProfileCode(k, profileCode));
  return key === undefined ? undefined : map[key];
}

/** Active habilitations of a bulletin for a profile. */
export function activeHabilitationsFor(
  habilitations: readonly Habilitation[],
  bulletinId: string,
  profileCode: string,
  today: IsoDate,
): Habilitation[] {
  return habilitations.filter(
    (h) =>
      h.bulletinId === bulletinId &&
      sameProfileCode(h.profileCode, profileCode) &&
      isHabilitationActive(h, today),
  );
}

export interface CheckGrantInput {
  bulletin: Pick<Bulletin, 'id' | 'serviceCode' | 'siteLabel'>;
  quotas: QuotaInput;
  /** The register's habilitations (at least those of this bulletin). */
  habilitations: readonly Habilitation[];
  agentId: string;
  profileCode: string;
  today: IsoDate;
  /** For the message (« Karim BENALI a déjà… »). */
  agentName?: string;
  /** When editing an existing habilitation: leave it out of the counts. */
  excludeHabilitationId?: string;
}

/**
 * May this agent be granted this profile on this bulletin? Refused when the profile has no
 * quota (or 0), when the quota is reached, or when the agent already holds the same active
 * habilitation.
 */
export function checkGrant(input: CheckGrantInput): Decision {
  const { bulletin, profileCode, today } = input;
  const code = profileCode.trim().toUpperCase();
  const label = formatBulletinLabel(bulletin);
  const habilitations = input.excludeHabilitationId
    ? input.habilitations.filter((h) => h.id !== input.excludeHabilitationId)
    : input.habilitations;
  const findings: Finding[] = [];
  const target = { entity: 'bulletin' as const, id: bulletin.id };

  const duplicate = habilitations.find(
    (h) =>
      h.agentId === input.agentId &&
      h.bulletinId === bulletin.id &&
      sameProfileCode(h.profileCode, code) &&
      isHabilitationActive(h, today),
  );
  if (duplicate) {
    const who = input.agentName ? `${input.agentName} a` : 'Cet agent a';
    findings.push({
      code: 'habilitation-duplicate',
      severity: 'refus',
      article: ARTICLES.habilitations,
      target: { entity: 'habilitation', id: duplicate.id },
      message: frenchSpacing(
        `${who} déjà une habilitation ${code} active sur le bulletin ${label} (accordée le ${formatDateFr(duplicate.grantedOn)}). Une même habilitation ne peut pas être accordée deux fois (contrat art. 2.2).`,
      ),
    });
  }

  const max = quotaMax(bulletin.id, input.quotas, code);
  if (max === undefined || max === 0) {
    findings.push({
      code: 'quota-none',
      severity: 'refus',
      article: ARTICLES.quota,
      target,
      message: frenchSpacing(
        `Le bulletin ${label} ne prévoit aucune habilitation pour le profil ${code}${max === 0 ? ' (quota de 0)' : ''} : elle ne peut pas être accordée. Choisissez un profil prévu par le bulletin ou demandez un avenant à la Caf (contrat art. 2.2.1).`,
      ),
    });
  } else {
    const used = activeHabilitationsFor(habilitations, bulletin.id, code, today).length;
    if (used >= max) {
      findings.push({
        code: used > max ? 'quota-over' : 'quota-full',
        severity: 'refus',
        article: ARTICLES.quota,
        target,
        message: frenchSpacing(
          `Quota ${used > max ? 'dépassé' : 'atteint'} pour le profil ${code} (${formatNumber(used)} sur ${formatNumber(max)}, bulletin ${label}). Retirez une habilitation ou demandez un avenant à la Caf (contrat art. 2.2.1).`,
        ),
      });
    }
  }
  return decide(findings);
}

export type QuotaState = 'ok' | 'full' | 'over';

export interface QuotaUsage {
  bulletinId: string;
  bulletinLabel: string;
  profileCode: string;
  used: number;
  /** 0 when the bulletin sets no quota for a profile that still has active habilitations. */
  max: number;
  /** Never negative. */
  remaining: number;
  /** `over` when used > max (e.g. after an avenant lowered the quota). */
  state: QuotaState;
  /** In words, for the gauge: « 4 sur 4 — quota atteint ». */
  phrase: string;
  /** True when the bulletin has a quota row for this profile. */
  hasQuota: boolean;
}

export function quotaPhrase(used: number, max: number): string {
  const numbers = `${formatNumber(used)} sur ${formatNumber(max)}`;
  if (max === 0 && used === 0) return 'aucune habilitation prévue';
  if (used > max) {
    const excess = used - max;
    return `${numbers} — quota dépassé de ${formatNumber(excess)}`;
  }
  if (used === max) return `${numbers} — quota atteint`;
  const remaining = max - used;
  return `${numbers} — ${formatNumber(remaining)} ${remaining > 1 ? 'places restantes' : 'place restante'}`;
}

/**
 * Usage per bulletin and profile: every quota row, plus every profile that has active
 * habilitations without a quota (shown as over a quota of 0). Sorted by bulletin order
 * then profile code (T1, T2 … T13).
 */
export function quotaUsage(input: {
  bulletins: readonly Bulletin[];
  quotas: readonly Quota[];
  habilitations: readonly Habilitation[];
  today: IsoDate;
}): QuotaUsage[] {
  const result: QuotaUsage[] = [];
  for (const bulletin of input.bulletins) {
    const counts = new Map<string, number>();
    for (const h of input.habilitations) {
      if (h.bulletinId !== bulletin.id || !isHabilitationActive(h, input.today)) continue;
      const code = h.profileCode.trim().toUpperCase();
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const rows = new Map<string, { max: number; hasQuota: boolean }>();
    for (const q of input.quotas) {
      if (q.bulletinId === bulletin.id)
        rows.set(q.profileCode.trim().toUpperCase(), { max: q.max, hasQuota: true });
    }
    for (const code of counts.keys())
      if (!rows.has(code)) rows.set(code, { max: 0, hasQuota: false });
    const codes = [...rows.keys()].sort(compareProfileCodes);
    for (const code of codes) {
      const { max, hasQuota } = rows.get(code)!;
      const used = counts.get(code) ?? 0;
      result.push({
        bulletinId: bulletin.id,
        bulletinLabel: formatBulletinLabel(bulletin),
        profileCode: code,
        used,
        max,
        remaining: Math.max(0, max - used),
        state: used > max ? 'over' : used === max ? 'full' : 'ok',
        phrase: quotaPhrase(used, max),
        hasQuota,
      });
    }
  }
  return result;
}

/** Alerts for every profile over its quota (contrat art. 2.2.1). */
export function quotaOverFindings(usage: readonly QuotaUsage[]): Finding[] {
  return usage
    .filter((u) => u.state === 'over')
    .map((u) => {
      const excess = u.used - u.max;
      return {
        code: 'quota-over',
        severity: 'alerte' as const,
        article: ARTICLES.quota,
        target: { entity: 'bulletin' as const, id: u.bulletinId },
        message: frenchSpacing(
          u.hasQuota
            ? `Quota dépassé pour le profil ${u.profileCode} (${formatNumber(u.used)} sur ${formatNumber(u.max)}, bulletin ${u.bulletinLabel}). Retirez ${formatNumber(excess)} habilitation${excess > 1 ? 's' : ''} ou demandez un avenant à la Caf (contrat art. 2.2.1).`
            : `Le bulletin ${u.bulletinLabel} ne prévoit pas le profil ${u.profileCode}, mais ${formatNumber(u.used)} habilitation${u.used > 1 ? 's' : ''} active${u.used > 1 ? 's' : ''} l’utilise${u.used > 1 ? 'nt' : ''}. Retirez-les ou demandez un avenant à la Caf (contrat art. 2.2.1).`,
        ),
      };
    });
}

/**
 * A quota as typed in a form or a cell: empty = no quota (the profile cannot be granted), else
 * a whole number from 0 to 100 000 (the quota schema's bounds).
 */
export function parseQuotaInput(
  input: string,
): { ok: true; max: number | null } | { ok: false; error: string } {
  const t = input.trim().replace(/[\s\u00A0]/g, '');
  if (!t) return { ok: true, max: null };
  if (!/^\d+$/.test(t))
    return { ok: false, error: 'Indiquez un nombre entier (0, 1, 2…) ou laissez vide.' };
  const max = Number(t);
  if (max > 100000) return { ok: false, error: 'Ce nombre est trop grand.' };
  return { ok: true, max };
}
