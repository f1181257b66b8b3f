/**
 * One row of a roster spreadsheet mapped to an agent and the habilitations it lists, with the
 * errors that leave it out and the remarks on values not understood (French).
 */
import type { IsoDate } from '../domain/dates';
import { refusals } from '../domain/findings';
import { formatBulletinLabel } from '../domain/format';
import { normaliseProfileCode } from '../domain/profiles';
import { validateAgent } from '../domain/rules/agents';
import {
  agentSchema,
  email as emailSchema,
  type Agent,
  type Bulletin,
  type Profile,
} from '../domain/schemas';
import { foldText } from '../domain/text';
import { ROSTER_FIELD_LABELS, type ColumnMapping, type RosterField } from './roster-fields';
import {
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  parseYesNo,
  splitFullName,
} from './roster-values';

export interface RowContext {
  profiles: readonly Pick<Profile, 'code'>[];
  bulletins: readonly Bulletin[];
  /** The bulletin chosen on the mapping screen for rows without a bulletin column. */
  defaultBulletinId?: string;
}

export interface RowGrant {
  profileCode: string;
  bulletinId: string;
  grantedOn: IsoDate;
  /** The date comes from the file (else it is today's). */
  datedInFile: boolean;
  /** Not in the profile catalogue: cannot be granted, kept à régulariser. */
  unknownProfile?: boolean;
}

export type AgentFields = Omit<Agent, 'id' | 'organisationId'>;

export interface MappedRow {
  /** The row's line number in the file. */
  line: number;
  agent: AgentFields;
  grants: RowGrant[];
  /** The row is left out for these (French). */
  errors: string[];
  /** Imported, with these remarks (a value not understood and left out). */
  warnings: string[];
}

/**
 * The text of a cell. Our CSV export guards cells that a spreadsheet would run as a formula
 * with a leading « ' » (toExcelCsv): it is removed here, so that export → import round-trips.
 */
const cell = (row: readonly string[], idx: number | undefined) => {
  const text = idx === undefined ? '' : String(row[idx] ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
};

/** Matches a bulletin cell against code, site, annex number or full label. */
export function findBulletin(value: string, bulletins: readonly Bulletin[]): Bulletin | undefined {
  const v = foldText(value).trim();
  if (!v) return undefined;
  return (
    bulletins.find((b) => foldText(formatBulletinLabel(b)) === v) ??
    bulletins.find(
      (b) =>
        b.annexNumber &&
        (foldText(b.annexNumber) === v || `annexe ${foldText(b.annexNumber)}` === v),
    ) ??
    bulletins.find((b) => b.siteLabel && foldText(b.siteLabel) === v) ??
    (bulletins.filter((b) => foldText(b.serviceCode) === v).length === 1
      ? bulletins.find((b) => foldText(b.serviceCode) === v)
      : undefined)
  );
}

/** Maps one row to an agent and the habilitations it lists, collecting errors and remarks in French. */
export function mapRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  ctx: RowContext,
  today: IsoDate,
): MappedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const get = (f: RosterField) => cell(row, mapping[f]);
  const date = (f: RosterField): IsoDate | undefined => {
    const raw = get(f);
    if (!raw) return undefined;
    const parsed = parseRosterDate(raw);
    if (!parsed)
      errors.push(`${ROSTER_FIELD_LABELS[f]} « ${raw} » : date attendue au format jj/mm/aaaa.`);
    return parsed ?? undefined;
  };
  let lastName = get('lastName');
  let firstName = get('firstName');
  const full = get('fullName');
  if (!lastName && full) {
    const split = splitFullName(full);
    lastName = split.lastName;
    if (!firstName) firstName = split.firstName ?? '';
  }
  if (!lastName) errors.push('Nom manquant.');
  const mail = get('email').replace(/^mailto:/i, '');
  const mailOk = !mail || emailSchema.safeParse(mail).success;
  if (!mailOk) errors.push(`Mél « ${mail} » invalide.`);
  const qualified = parseYesNo(get('qualifiedSocialWorker'));
  if (qualified === undefined)
    warnings.push(
      `Travailleur social diplômé « ${get('qualifiedSocialWorker')} » : réponse attendue oui ou non, non reprise.`,
    );
  const agent: AgentFields = {
    lastName: lastName.toLocaleUpperCase('fr'),
    qualifiedSocialWorker: qualified ?? false,
  };
  if (firstName) agent.firstName = firstName;
  for (const f of ['function', 'service', 'phoneFixed', 'phoneMobile', 'portalLogin'] as const) {
    const v = get(f);
    if (v) agent[f] = v;
  }
  if (mail && mailOk) agent.email = mail;
  const role = get('portalRole');
  if (role) {
    const parsed = parsePortalRole(role);
    if (parsed) agent.portalRole = parsed;
    else
      warnings.push(
        `Rôle dans le portail « ${role} » non reconnu (Administrateur, Administrateur suppléant, Responsable d’habilitations ou Utilisateur) : non repris.`,
      );
  }
  const arrivedOn = date('arrivedOn');
  if (arrivedOn) agent.arrivedOn = arrivedOn;
  const departedOn = date('departedOn');
  if (departedOn) agent.departedOn = departedOn;
  for (const f of refusals(validateAgent(agent))) errors.push(f.message);
  // Lengths and formats exactly as the register checks them.
  const check = agentSchema.safeParse({ ...agent, id: 'x', organisationId: 'x' });
  if (!check.success) {
    for (const issue of check.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field === 'lastName' && !lastName) continue;
      errors.push(`${ROSTER_FIELD_LABELS[field as RosterField] ?? field} : ${issue.message}`);
    }
  }

  const grants: RowGrant[] = [];
  const profileRaw = get('profileCode');
  if (profileRaw) {
    const exact = ctx.profiles.find(
      (p) => normaliseProfileCode(p.code) === normaliseProfileCode(profileRaw),
    );
    const codes = exact ? [exact.code] : parseProfileCodes(profileRaw);
    if (codes.length === 0 && !/^(non|aucun|aucune|-|néant|neant|sans)$/i.test(profileRaw)) {
      warnings.push(
        `Profil « ${profileRaw} » : aucun code de profil (T1, T13…) reconnu, aucune habilitation demandée.`,
      );
    }
    const bulletinRaw = get('bulletin');
    let bulletin: Bulletin | undefined;
    if (bulletinRaw) {
      bulletin = findBulletin(bulletinRaw, ctx.bulletins);
      if (!bulletin) errors.push(`Bulletin « ${bulletinRaw} » introuvable dans la convention.`);
    } else {
      bulletin = ctx.bulletins.find((b) => b.id === ctx.defaultBulletinId);
      if (!bulletin && codes.length)
        errors.push(
          'Aucun bulletin d’adhésion choisi pour ce profil : choisissez-en un sur l’écran de correspondance.',
        );
    }
    const fromFile = date('grantedOn');
    if (bulletin) {
      for (const code of codes) {
        const known = ctx.profiles.some((p) => normaliseProfileCode(p.code) === code);
        grants.push({
          profileCode: code,
          bulletinId: bulletin.id,
          grantedOn: fromFile ?? today,
          datedInFile: !!fromFile,
          ...(known ? {} : { unknownProfile: true }),
        });
      }
    }
  }
  return { line, agent, grants, errors, warnings };
}
