/**
 * One row of a roster spreadsheet mapped to an agent and the habilitations it lists, with the
 * errors that leave it out and the remarks on values not understood (French).
 */
import { formatDateFr, type IsoDate } from '../domain/dates';
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
import {
  ROSTER_FIELD_LABELS,
  normaliseHeader,
  type ColumnMapping,
  type RosterField,
} from './roster-fields';
import { guessMapping, profileColumns } from './roster-mapping';
import {
  HABILITATION_ENDED_STATUS,
  findDates,
  nameDepartureMark,
  readNote,
  readReviewDecision,
  readStatus,
  statusWords,
} from './roster-notes';
import type { ParsedSheet } from './roster-sheet';
import {
  cleanNameCell,
  headerNameOrder,
  isAdminQuestion,
  nameEvidence,
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  parseYesNo,
  roleLegend,
  splitFullName,
  splitMarriedName,
  type NameOrder,
} from './roster-values';

export interface RowContext {
  /** The catalogue (with labels: a profile may be written by its label only). */
  profiles: readonly (Pick<Profile, 'code'> & { label?: string; description?: string })[];
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
  /** The habilitation ended (or ends) on this date: a « Date de retrait » or a remark. */
  revokedOn?: IsoDate;
  /**
   * A request log's suppression or replacement (« T1 (remplace T13) »): ends, on `revokedOn`,
   * the same agent's habilitation of this profile granted higher in the file (see `planImport`).
   */
  revokes?: true;
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
  /** A line of a log of requests sent to the Caf: its later lines update the agent. */
  request?: RequestKind;
}

/** A request form re-typed on a line (centralised management): création, modification, suppression. */
export type RequestKind = 'creation' | 'modification' | 'suppression';

/** « Création », « Demande de modification », « Suppression d'habilitation »; undefined when not told. */
export function readRequestKind(raw: string): RequestKind | undefined {
  const v = foldText(raw).replace(/[^a-z]+/g, ' ');
  if (/\b(suppression|supprimer|retrait|desactivation|cloture|fermeture)\b/.test(v))
    return 'suppression';
  if (/\b(modification|modif|modifier|changement|ajout|extension)\b/.test(v)) return 'modification';
  if (/\b(creation|creer|ouverture|nouvel|nouvelle|nouveau|attribution)\b/.test(v))
    return 'creation';
  return undefined;
}

/**
 * The profiles of a request's profile cell: asked (granted), ended (« remplace T13 »,
 * « retrait T5 ») and kept (« conserve T1 », not a new habilitation).
 */
export function requestProfiles(
  raw: string,
  profiles: RowContext['profiles'],
): { asked: string[]; ended: string[]; kept: string[] } {
  const out = { asked: [] as string[], ended: [] as string[], kept: [] as string[] };
  let from = 0;
  const re = /(?<![A-Z0-9])T\s?(\d{1,2})(?![0-9])/gi;
  const matches = [...raw.matchAll(re)];
  if (!matches.length) {
    out.asked = parseProfileCodes(raw, profiles);
    return out;
  }
  for (const m of matches) {
    const before = foldText(raw.slice(from, m.index)).replace(/[^a-z]+/g, ' ');
    from = m.index + m[0].length;
    const code = `T${Number(m[1])}`;
    if (
      /\b(remplace|remplacee?|au lieu|retrait|retire|supprime|suppression|enleve|sauf|ancien)\b/.test(
        before,
      )
    )
      out.ended.push(code);
    else if (
      /\b(conserve|conservee?|garde|maintien|maintenu|maintenue|deja|inchange)\b/.test(before)
    )
      out.kept.push(code);
    else out.asked.push(code);
  }
  return out;
}

/**
 * A profile cell that says the habilitation ended: « retiré le 15/05/2026 », « 01/03/2022 –
 * retiré le 31/12/2025 », « supprimé le … ». Undefined for anything else.
 */
export function readEndedCell(
  raw: string,
): { grantedOn?: IsoDate; revokedOn: IsoDate } | undefined {
  const m =
    /^(?:(.+?)\s*[–—,;-]?\s+)?(?:retire|retiree|supprime|supprimee|ferme|fermee|desactive|desactivee|revoque|revoquee|fin)\s+(?:le\s+|au\s+)?(.+)$/.exec(
      foldText(raw).replace(/\s+/g, ' ').trim(),
    );
  if (!m) return undefined;
  const revokedOn = parseRosterDate(m[2]!);
  if (!revokedOn) return undefined;
  if (!m[1]) return { revokedOn };
  const grantedOn = parseRosterDate(m[1].replace(/^(?:depuis|le|du)\s+/, ''));
  return grantedOn ? { grantedOn, revokedOn } : undefined;
}

/** A request still waiting for the Caf (« En attente Caf », « demandée – en attente »). */
const PENDING =
  /\b(en attente|attente caf|non encore (?:accordee?|traitee?|validee?)|pas encore (?:accordee?|ouverte?|validee?))\b/;

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

/** What the whole sheet tells about each of its rows. */
export interface SheetHints {
  /** The order of a one-column name whose words do not tell it (see `splitFullName`). */
  nameOrder?: NameOrder;
  /** The role column is « Administrateur ? » (oui / suppléant). */
  adminQuestion?: boolean;
  /** The row is struck through in the file: the agent left. */
  struck?: boolean;
  /** The row is filled grey and a note of the sheet says grey lines are agents who left. */
  greyDeparted?: boolean;
  /** Columns that each stand for a profile (« T1 | T13 » ticked or dated). */
  profileColumns?: readonly { col: number; code: string }[];
  /** Role codes explained by a legend line of the sheet (« T = titulaire, U = utilisateur »). */
  roleCodes?: ReadonlyMap<string, NonNullable<AgentFields['portalRole']>>;
  /** The status column is a question (« Toujours en poste ? ») answered oui / non. */
  presenceQuestion?: boolean;
}

/** A status header asking whether the agent is still there (« Toujours en poste ? »). */
export const PRESENCE_QUESTION =
  /\b(toujours|encore)\b|\b(agent present|en poste|en activite)$|\?\s*$/;

/** A date cell saying there is none or it is not known (« - », « ? », « NC », « à compléter »). */
const isNoDate = (raw: string) =>
  /^(-+|[–—]+|\?+|\/|x|n ?c|neant|inconnue?|a completer|a retrouver|a preciser|en cours|non renseignee?|nr|n ?a|sans objet|s ?o|sans)$/.test(
    foldText(raw).replace(/[.]/g, '').replace(/\s+/g, ' ').trim(),
  );

const NO_PROFILE = /^(non|aucun|aucune|-+|[–—]+|néant|neant|sans|\/|n\/a|na|0)$/i;

/** Maps one row to an agent and the habilitations it lists, collecting errors and remarks in French. */
export function mapRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  ctx: RowContext,
  today: IsoDate,
  hints: SheetHints = {},
): MappedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  // « MORVAN (PARTI) », « TANGUY - PARTIE » in a name cell: the name without it, and the
  // departure it says (dated from the file, see `readDeparture`).
  let nameMark: NameMark | undefined;
  for (const f of ['lastName', 'firstName', 'fullName'] as const) {
    const idx = mapping[f];
    if (idx === undefined) continue;
    const raw = cell(row, idx);
    const found = nameDepartureMark(raw);
    if (!found) continue;
    nameMark ??= { ...found, raw };
    const copy = [...row];
    copy[idx] = found.name;
    row = copy;
    warnings.push(`Nom « ${raw} » : « ${found.mark} » n’est pas repris dans le nom (départ).`);
  }
  const get = (f: RosterField) => cell(row, mapping[f]);
  const date = (f: RosterField): IsoDate | undefined => {
    const raw = get(f);
    if (!raw || isNoDate(raw)) return undefined;
    const parsed = parseRosterDate(raw);
    if (parsed) return parsed;
    // One date in a few words (« le 01/09/2021 », « 01/09/2021 (à vérifier) »): read, and said.
    const inText = findDates(raw);
    if (inText.length === 1 && raw.length <= 60) {
      warnings.push(
        `${ROSTER_FIELD_LABELS[f]} « ${raw} » : lue comme le ${formatDateFr(inText[0]!.date)}.`,
      );
      return inText[0]!.date;
    }
    // Only a departure the file cannot date keeps the row out (an agent who left imported as
    // present would hold a place); any other date is left out with a remark.
    if (f === 'departedOn' && readNote(raw).departure) {
      // « parti », « retraite » in the departure column: gone, but when is not written.
      warnings.push(
        `${ROSTER_FIELD_LABELS[f]} « ${raw} » : l’agent semble parti, mais la date n’est pas écrite — non marqué parti ; indiquez la date sur sa fiche.`,
      );
      return undefined;
    }
    if (f === 'departedOn')
      errors.push(`${ROSTER_FIELD_LABELS[f]} « ${raw} » : date attendue au format jj/mm/aaaa.`);
    else
      warnings.push(
        `${ROSTER_FIELD_LABELS[f]} « ${raw} » : date illisible (attendue au format jj/mm/aaaa), non reprise.`,
      );
    return undefined;
  };
  let lastName = cleanNameCell(get('lastName'));
  let firstName = cleanNameCell(get('firstName'));
  const full = get('fullName');
  if (!lastName && full) {
    // « DUPONT Marie (assistante sociale) »: the words in brackets are no part of the name.
    const split = splitFullName(full.replace(/\s*\([^)]*\)\s*$/, '').trim() || full, {
      email: get('email'),
      ...(hints.nameOrder ? { order: hints.nameOrder } : {}),
    });
    lastName = split.lastName;
    if (!firstName) firstName = split.firstName ?? '';
  }
  // « MARTIN épouse DURAND »: the name written first is the last name; the rest is said.
  const married = splitMarriedName(lastName);
  if (married.other) {
    warnings.push(
      `Nom « ${lastName} » : « ${married.lastName.toLocaleUpperCase('fr')} » repris comme nom (le premier écrit), « ${married.other} » non repris.`,
    );
    lastName = married.lastName;
  }
  if (!lastName) errors.push('Nom manquant.');
  const mailRaw = get('email').replace(/^mailto:/i, '');
  let mail = mailRaw;
  let mailOk = !mail || emailSchema.safeParse(mail).success;
  if (!mailOk) {
    // Two addresses in the cell (« a@x.fr / b@x.fr »): the first one, and the user told.
    const found = (mailRaw.match(/[^\s;,/<>()"']+@[^\s;,/<>()"']+\.[a-z]{2,}/gi) ?? []).filter(
      (a) => emailSchema.safeParse(a).success,
    );
    if (found.length) {
      mail = found[0]!;
      mailOk = true;
      if (found.length > 1 || mailRaw.trim() !== mail)
        warnings.push(`Mél « ${mailRaw} » : seule l’adresse ${mail} est reprise.`);
    } else errors.push(`Mél « ${mailRaw} » invalide.`);
  }
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
    const parsed =
      parsePortalRole(role, { adminQuestion: !!hints.adminQuestion }) ??
      hints.roleCodes?.get(role.toUpperCase());
    if (parsed) agent.portalRole = parsed;
    else if (!(hints.adminQuestion && parseYesNo(role) === false))
      warnings.push(
        `Rôle dans le portail « ${role} » non reconnu (Administrateur, Administrateur suppléant, Responsable d’habilitations ou Utilisateur) : non repris.`,
      );
  }
  const arrivedOn = date('arrivedOn');
  if (arrivedOn) agent.arrivedOn = arrivedOn;
  const departedOn = date('departedOn');
  if (departedOn) agent.departedOn = departedOn;
  const note = readNote(get('remarks'));
  // A log of requests: the « Date d'effet » (mapped as the grant date) is the revocation's
  // for a suppression, and its departure when the motif says the agent leaves.
  const requestRaw = get('requestType');
  const request = mapping.requestType !== undefined ? readRequestKind(requestRaw) : undefined;
  if (requestRaw && mapping.requestType !== undefined && !request)
    warnings.push(
      `Type de demande « ${requestRaw} » non compris (création, modification, suppression) : ligne lue comme une ligne de liste.`,
    );
  const effect = request ? date('grantedOn') : undefined;
  if (request === 'suppression' && note.departure && effect && !agent.departedOn)
    agent.departedOn = effect;
  // Waiting for the Caf, not yet in force: no habilitation (said on the row).
  const pendingText = [get('remarks'), ...(request ? row.map((c) => String(c ?? '')) : [])].find(
    (c) => PENDING.test(foldText(c)),
  );
  const pending = pendingText !== undefined && !(request && effect);
  readDeparture(agent, get, date('statusDate'), note, hints, warnings, nameMark);
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
  const wanted: { code: string; date?: IsoDate; revokedOn?: IsoDate }[] = [];
  /** Profiles a request ends (a suppression, « remplace T13 »). */
  const ends: string[] = [];
  const profileRaw = get('profileCode');
  if (profileRaw) {
    const exact = ctx.profiles.find(
      (p) => normaliseProfileCode(p.code) === normaliseProfileCode(profileRaw),
    );
    const loose: string[] = [];
    const asked = request ? requestProfiles(profileRaw, ctx.profiles) : undefined;
    if (asked && request !== 'suppression') for (const code of asked.ended) ends.push(code);
    if (request === 'suppression' && asked) ends.push(...asked.asked, ...asked.ended);
    const codes = asked
      ? request === 'suppression'
        ? []
        : asked.asked
      : exact
        ? [exact.code]
        : parseProfileCodes(profileRaw, ctx.profiles, loose);
    if (loose.length)
      warnings.push(
        `Profil « ${profileRaw} » : lu comme ${[...new Set(loose)].map((c) => `${c} (${ctx.profiles.find((p) => p.code === c)?.label ?? c})`).join(', ')} d’après ce à quoi sert le profil — à vérifier.`,
      );
    if (
      codes.length === 0 &&
      !asked &&
      !NO_PROFILE.test(profileRaw.replace(/^\((.*)\)$/, '$1').trim())
    ) {
      warnings.push(
        `Profil « ${profileRaw} » : aucun code de profil (T1, T13…) reconnu, aucune habilitation demandée.`,
      );
    }
    for (const code of codes) wanted.push({ code });
  }
  // One column per profile: ticked (« x », « oui ») or dated.
  for (const { col, code } of hints.profileColumns ?? []) {
    const raw = cell(row, col);
    if (!raw || NO_PROFILE.test(raw) || parseYesNo(raw) === false) continue;
    // « retiré le 15/05/2026 », « 01/03/2022 – retiré le 31/12/2025 »: ended on that date.
    const ended = readEndedCell(raw);
    if (ended) {
      if (!wanted.some((w) => w.code === code))
        wanted.push({
          code,
          revokedOn: ended.revokedOn,
          ...(ended.grantedOn ? { date: ended.grantedOn } : {}),
        });
      continue;
    }
    const dated = parseRosterDate(raw) ?? undefined;
    if (!dated && parseYesNo(raw) !== true && !parseProfileCodes(raw).includes(code)) {
      warnings.push(
        `Colonne ${code} « ${raw} » : attendu une croix, oui ou une date — profil ${code} non demandé.`,
      );
      continue;
    }
    if (!wanted.some((w) => w.code === code))
      wanted.push({ code, ...(dated ? { date: dated } : {}) });
  }
  if (pending && wanted.length) {
    const named = [
      ...(pendingText ?? '').toUpperCase().matchAll(/(?<![A-Z0-9])T\s?(\d{1,2})(?![0-9])/g),
    ].map((m) => `T${Number(m[1])}`);
    const waiting = wanted.filter((w) => !named.length || named.includes(w.code));
    warnings.push(
      `« ${pendingText} » : demande en attente — ${waiting.map((w) => w.code).join(', ')} non repris ; accordez-le quand la Caf l’aura ouvert.`,
    );
    for (const w of waiting) wanted.splice(wanted.indexOf(w), 1);
  }
  if (wanted.length || ends.length) {
    const bulletinRaw = get('bulletin');
    let bulletin: Bulletin | undefined;
    if (bulletinRaw) {
      bulletin = findBulletin(bulletinRaw, ctx.bulletins);
      if (!bulletin) errors.push(`Bulletin « ${bulletinRaw} » introuvable dans la convention.`);
    } else {
      bulletin = ctx.bulletins.find((b) => b.id === ctx.defaultBulletinId);
      if (!bulletin)
        errors.push(
          'Aucun bulletin d’adhésion choisi pour ce profil : choisissez-en un sur l’écran de correspondance.',
        );
    }
    applyReviewDecision(
      wanted,
      get('reviewDecision'),
      date('effectiveOn'),
      !!get('grantedOn'),
      warnings,
    );
    // « T1 / T13 » dated « 01/02/2020 / 03/04/2022 »: as many dates as profiles, in order.
    const grantRaw = get('grantedOn');
    const several = findDates(grantRaw);
    const fromColumn = wanted.filter((w) => !w.date);
    let fromFile: IsoDate | undefined;
    if (several.length >= 2 && several.length === fromColumn.length && !parseRosterDate(grantRaw)) {
      fromColumn.forEach((w, k) => (w.date = several[k]!.date));
      warnings.push(
        `Date d’habilitation « ${grantRaw} » : ${fromColumn.map((w) => `${w.code} le ${formatDateFr(w.date)}`).join(', ')} (dans l’ordre des profils).`,
      );
    } else fromFile = date('grantedOn');
    const revokedColumn = date('revokedOn');
    const endedStatus = HABILITATION_ENDED_STATUS.test(statusWords(get('status')));
    if (bulletin) {
      for (const { code, date: ownColumn, revokedOn: ownEnd } of wanted) {
        const known = ctx.profiles.some((p) => normaliseProfileCode(p.code) === code);
        // « T13 ajouté le 01/03/2023 » in the remarks: that profile's own date.
        const own = note.grantDates.find((g) => g.code === code)?.date ?? ownColumn;
        const dated = own ?? fromFile;
        // « habilitation T1 supprimée le … » names its profile; without a code, every one.
        const revocation = note.revocations.find((r) => !r.codes.length || r.codes.includes(code));
        const revokedOn = ownEnd ?? revokedColumn ?? revocation?.date;
        if (endedStatus && !revokedOn)
          warnings.push(
            `Statut « ${get('status')} » : l’habilitation ${code} semble retirée, mais la date de retrait n’est pas écrite — gardée ; indiquez la date de retrait sur sa fiche.`,
          );
        if (revocation && !revocation.date && !revokedColumn)
          warnings.push(
            `Remarque « ${get('remarks')} » : le retrait de l’habilitation ${code} n’est pas daté — non repris ; indiquez la date de retrait sur sa fiche.`,
          );
        const ends = revokedOn && (!dated || revokedOn >= dated) ? revokedOn : undefined;
        if (revokedOn && !ends)
          warnings.push(
            `Date de retrait de ${code} (${formatDateFr(revokedOn)}) antérieure à sa date d’habilitation : non reprise.`,
          );
        // Ended, with no date of its own: it cannot be dated today, it is left out.
        if (ends && !dated && ends < today) {
          warnings.push(
            `Habilitation ${code} retirée le ${formatDateFr(ends)} sans date d’habilitation : non reprise.`,
          );
          continue;
        }
        grants.push({
          profileCode: code,
          bulletinId: bulletin.id,
          grantedOn: dated ?? today,
          datedInFile: !!dated,
          ...(known ? {} : { unknownProfile: true }),
          ...(ends ? { revokedOn: ends } : {}),
        });
      }
    }
  }
  if (ends.length) {
    const bulletin = ctx.bulletins.find((b) => b.id === ctx.defaultBulletinId);
    if (!effect)
      warnings.push(
        `Retrait de ${ends.join(', ')} sans date d’effet lisible : non repris ; indiquez la date de retrait sur sa fiche.`,
      );
    else if (bulletin)
      for (const code of ends)
        grants.push({
          profileCode: code,
          bulletinId: bulletin.id,
          grantedOn: effect,
          datedInFile: false,
          revokedOn: effect,
          revokes: true,
        });
  }
  return { line, agent, grants, errors, warnings, ...(request ? { request } : {}) };
}

type Getter = (f: RosterField) => string;

/** A departure written in a name cell (« MORVAN (PARTI) »): the cell as written, the mark, its date. */
interface NameMark {
  raw: string;
  mark: string;
  date?: IsoDate;
}

/**
 * A yearly review's decision on the row's habilitations: « Supprimé » ends them on the
 * decision's date, « Ajouté » grants them on it when the file gives no grant date of their
 * own, « Maintenu » changes nothing. Undated or not understood: said, nothing changed.
 */
function applyReviewDecision(
  wanted: { code: string; date?: IsoDate; revokedOn?: IsoDate }[],
  raw: string,
  effect: IsoDate | undefined,
  grantDateInRow: boolean,
  warnings: string[],
) {
  if (!raw || !wanted.length) return;
  const decision = readReviewDecision(raw);
  // « Supprimé T13 » names the profile it is about; without a code, every one of the row.
  const named = [...raw.toUpperCase().matchAll(/(?<![A-Z0-9])T\s?(\d{1,2})(?![0-9])/g)].map(
    (m) => `T${Number(m[1])}`,
  );
  const about = wanted.filter((w) => !named.length || named.includes(w.code));
  const codes = about.map((w) => w.code).join(', ');
  if (decision === 'end') {
    if (effect) for (const w of about) w.revokedOn ??= effect;
    else
      warnings.push(
        `Décision « ${raw} » : retrait de ${codes} sans date d’effet — gardé ; indiquez la date de retrait sur sa fiche.`,
      );
  } else if (decision === 'add') {
    if (effect && !grantDateInRow) for (const w of about) w.date ??= effect;
  } else if (decision === 'change')
    warnings.push(`Décision « ${raw} » : modification de ${codes} — à vérifier.`);
  else if (!decision)
    warnings.push(`Décision « ${raw} » non comprise (maintenu, supprimé, ajouté) : non reprise.`);
}

/** A sheet of agents who left (« Départs », « Agents partis », « Sorties »). */
const LEAVERS_SHEET = /\b(departs?|partis?|sorties?|sortants?|anciens agents)\b/;

/**
 * The departure (and arrival) that a « Statut » column, a « Remarques » column or a row struck
 * through say, when the « Date de départ » column does not. A departure is recorded only with
 * a date that surely goes with it; else a remark asks the user to enter it.
 */
function readDeparture(
  agent: AgentFields,
  get: Getter,
  statusDate: IsoDate | undefined,
  note: ReturnType<typeof readNote>,
  hints: SheetHints,
  warnings: string[],
  nameMark?: NameMark,
) {
  const statusRaw = get('status');
  // « Toujours en poste ? » answered non: gone; oui: there.
  const answer = hints.presenceQuestion ? parseYesNo(statusRaw) : undefined;
  const status =
    statusRaw && answer !== undefined ? (answer ? 'present' : 'departed') : readStatus(statusRaw);
  // « RÉVOQUÉ » says the habilitation ended, not the agent (see `mapRow`).
  if (statusRaw && !status && !HABILITATION_ENDED_STATUS.test(statusWords(statusRaw)))
    warnings.push(`Statut « ${statusRaw} » non compris (en poste, parti…) : non repris.`);
  const remark = get('remarks');
  let departed: IsoDate | undefined;
  let why: string | undefined;
  if (status === 'departed') {
    // « Partie le 03/05/2024 » in the status cell itself.
    departed = readNote(statusRaw).departure?.date ?? statusDate ?? note.departure?.date;
    why = `Statut « ${statusRaw} »`;
  } else if (hints.struck) {
    // A struck row's date is in its remarks: the departure's, else the only date written.
    departed =
      note.departure?.date ??
      (note.otherDates.length === 1 && !note.departure ? note.otherDates[0] : undefined);
    why = 'Ligne barrée dans le fichier';
  } else if (hints.greyDeparted) {
    departed =
      note.departure?.date ??
      (note.otherDates.length === 1 && !note.departure ? note.otherDates[0] : undefined);
    why = 'Ligne grisée dans le fichier (agents partis d’après la note de la feuille)';
  } else if (nameMark) {
    // Its own date, else the departure's in the remarks, else the only date written there.
    departed =
      nameMark.date ??
      note.departure?.date ??
      (note.otherDates.length === 1 && !note.departure ? note.otherDates[0] : undefined);
    why = `Nom « ${nameMark.raw} »`;
  } else if (note.departure) {
    departed = note.departure.date;
    why = `Remarque « ${remark} »`;
  }
  if (status === 'present' && statusDate && !agent.arrivedOn) agent.arrivedOn = statusDate;
  if (note.arrival && !agent.arrivedOn && !(departed && departed < note.arrival))
    agent.arrivedOn = note.arrival;
  if (agent.departedOn || !why) return;
  if (departed && !(agent.arrivedOn && departed < agent.arrivedOn)) agent.departedOn = departed;
  else
    warnings.push(
      `${why} : l’agent semble parti, mais la date de départ n’est pas certaine — non marqué parti ; indiquez la date sur sa fiche.`,
    );
}

/**
 * Every data row of a sheet mapped (what the import screen does): the sheet-wide hints first —
 * the order of a one-column name (the file's rows whose capitals or e-mail tell it, else the
 * header's « Prénom Nom »), a role column that is « Administrateur ? », the struck rows.
 */
export function mapSheetRows(
  sheet: Pick<
    ParsedSheet,
    | 'headers'
    | 'rows'
    | 'lines'
    | 'struck'
    | 'hidden'
    | 'grey'
    | 'greyMeansDeparted'
    | 'legends'
    | 'rowSheets'
  >,
  mapping: ColumnMapping,
  ctx: RowContext,
  today: IsoDate,
): MappedRow[] {
  const hints: SheetHints = {};
  // A « Nom » column holding « DUPONT Marie » on most rows, with no first-name column.
  if (
    mapping.lastName !== undefined &&
    mapping.firstName === undefined &&
    mapping.fullName === undefined
  ) {
    const names = sheet.rows.map((r) => cell(r, mapping.lastName)).filter(Boolean);
    const full = names.filter((n) => nameEvidence(n)?.weak === undefined).length;
    if (names.length && full * 5 >= names.length * 3) {
      const { lastName, ...rest } = mapping;
      mapping = { ...rest, fullName: lastName };
    }
  }
  if (mapping.fullName !== undefined) {
    // The rows whose capitals or e-mail tell the order vote; the usual first names only
    // when no row does.
    const strong = { 'last-first': 0, 'first-last': 0 };
    const weak = { 'last-first': 0, 'first-last': 0 };
    for (const row of sheet.rows) {
      const e = nameEvidence(cell(row, mapping.fullName), cell(row, mapping.email));
      if (e) (e.weak ? weak : strong)[e.order] += 1;
    }
    const votes = strong['last-first'] + strong['first-last'] ? strong : weak;
    const header = headerNameOrder(sheet.headers[mapping.fullName] ?? '');
    const order =
      votes['first-last'] > votes['last-first']
        ? 'first-last'
        : votes['last-first'] > votes['first-last']
          ? 'last-first'
          : header;
    if (order) hints.nameOrder = order;
  }
  if (mapping.portalRole !== undefined && isAdminQuestion(sheet.headers[mapping.portalRole] ?? ''))
    hints.adminQuestion = true;
  if (
    mapping.status !== undefined &&
    PRESENCE_QUESTION.test(
      foldText(sheet.headers[mapping.status] ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  )
    hints.presenceQuestion = true;
  if (mapping.portalRole !== undefined && sheet.legends?.length) {
    const header = normaliseHeader(sheet.headers[mapping.portalRole] ?? '');
    const codes = new Map<string, NonNullable<AgentFields['portalRole']>>();
    for (const legend of sheet.legends) {
      // A legend about another column (« PROF. : … ») explains no role.
      const subject = normaliseHeader(legend.subject);
      if (subject && subject !== header && guessMapping([legend.subject]).portalRole === undefined)
        continue;
      for (const [code, role] of roleLegend(legend)) codes.set(code, role);
    }
    if (codes.size) hints.roleCodes = codes;
  }
  const matrix = profileColumns(sheet.headers, mapping);
  if (matrix.length) hints.profileColumns = matrix;
  const counts = sheet.rows.map((r) => r.filter((c) => c.trim() !== '').length);
  const typical = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)] ?? 0;
  const nameCols = [mapping.lastName, mapping.firstName, mapping.fullName].filter(
    (c): c is number => c !== undefined,
  );
  const profileCols = [mapping.profileCode, ...matrix.map((p) => p.col)].filter(
    (c): c is number => c !== undefined,
  );
  let previous: { row: readonly string[]; line: number } | undefined;
  return sheet.rows.map((source, i) => {
    const line = sheet.lines?.[i] ?? i + 2;
    let row = source;
    let continued: number | undefined;
    // A line with a profile but no name, under an agent's line: the same agent's next profile.
    const named = nameCols.some((c) => cell(source, c) !== '');
    if (!named && previous && nameCols.length && profileCols.some((c) => cell(source, c) !== '')) {
      const copy = [...source];
      for (const c of [...nameCols, mapping.email, mapping.portalLogin])
        if (c !== undefined && cell(copy, c) === '') copy[c] = previous.row[c] ?? '';
      row = copy;
      continued = previous.line;
    } else if (named) previous = { row: source, line };
    const grey = !!sheet.grey?.[i];
    const mapped = mapRow(row, line, mapping, ctx, today, {
      ...hints,
      ...(sheet.struck?.[i] ? { struck: true } : {}),
      ...(grey && sheet.greyMeansDeparted ? { greyDeparted: true } : {}),
    });
    // Grey with no note telling what grey means: said, not guessed.
    if (grey && !sheet.greyMeansDeparted && !mapped.agent.departedOn)
      mapped.warnings.push(
        'Ligne grisée dans le fichier : importée comme les autres ; vérifiez que l’agent est toujours là.',
      );
    // A row of a « Départs » sheet whose departure the file does not date: said, not guessed.
    const from = sheet.rowSheets?.[i];
    if (from && LEAVERS_SHEET.test(foldText(from)) && !mapped.agent.departedOn)
      mapped.warnings.push(
        `Ligne de la feuille « ${from} » (agents partis) sans date de départ lisible : non marqué parti — à vérifier.`,
      );
    if (sheet.hidden?.[i])
      mapped.warnings.push(
        'Ligne masquée dans le fichier : importée comme les autres ; vérifiez que l’agent est toujours là.',
      );
    if (continued !== undefined)
      mapped.warnings.push(
        `Ligne sans nom : rattachée à l’agent de la ligne ${continued} (${mapped.agent.lastName}${mapped.agent.firstName ? ` ${mapped.agent.firstName}` : ''}).`,
      );
    // One word alone on a line of a table whose agents fill several cells (« ACCUEIL »): a
    // section title, not an agent with no first name — shown, not imported.
    if (counts[i] === 1 && typical >= 3 && !mapped.agent.firstName && !mapped.errors.length)
      mapped.errors.push(
        `Ligne d’un seul texte (« ${source.find((c) => c.trim() !== '')!.trim()} ») : un intertitre sans doute, pas un agent — non importée.`,
      );
    return mapped;
  });
}
