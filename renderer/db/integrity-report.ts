/**
 * The integrity report: the start-up checks, the journal's findings and the keyed seal, as
 * the lines the integrity screen shows — each said to pass, fail or be out of reach — and
 * what the check cannot detect, said plainly.
 */
import { TABLE_LABELS, type ExportTable } from '../../shared/backup/export-format';
import {
  describeHeadComparison,
  rowProblemLabel,
  summariseRowFindings,
} from '../../shared/domain/journal-integrity';
import { formatNumber } from '../../shared/domain/format';
import { frenchSpacing } from '../../shared/domain/text';
import type { JournalSealer } from '../platform';
import type { AppDatabase } from './database';
import { checkSeal, type SealCheck } from './integrity';
import { checkDatabase, type StartupCheck } from './startup-check';

export interface IntegrityReport {
  checkedAt: string;
  startup: StartupCheck;
  seal: SealCheck;
}

/** Reads the register once, checks everything, asks main for the seal (desktop app). */
export async function checkIntegrity(
  db: AppDatabase,
  sealer?: JournalSealer,
  now: () => Date = () => new Date(),
): Promise<IntegrityReport> {
  const startup = await checkDatabase(db);
  let seal: SealCheck;
  try {
    seal = checkSeal(sealer ? await sealer.read() : undefined, startup.reading.entries);
  } catch (error) {
    seal = {
      kind: 'unavailable',
      reason: `Le sceau n’a pas pu être lu (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  return { checkedAt: now().toISOString(), startup, seal };
}

export type VerdictLevel = 'ok' | 'fail' | 'info';

export interface Verdict {
  level: VerdictLevel;
  title: string;
  text: string;
  /** Details (rows, entries), at most a few dozen. */
  details?: string[];
}

const tableLabel = (t: string) => TABLE_LABELS[t as ExportTable] ?? t;
const entries = (n: number) => `${formatNumber(n)} entrée${n > 1 ? 's' : ''}`;
const instantFr = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(new Date(iso))
    .replace(/\u202f/g, '\u00a0');

function sealVerdict(seal: SealCheck): Verdict {
  const title = 'Sceau du poste (clé protégée par le système)';
  switch (seal.kind) {
    case 'web':
      return {
        level: 'info',
        title,
        text: 'Version web : il n’y a pas de clé secrète hors de la base du navigateur, donc pas de sceau. Une réécriture complète et cohérente du journal et des données ne peut être montrée que par comparaison avec une copie antérieure (ci-dessous).',
      };
    case 'unavailable':
      return {
        level: 'info',
        title,
        text: `${seal.reason} Le journal n’est pas scellé : comparez-le avec une copie antérieure (ci-dessous).`,
      };
    case 'none':
      return {
        level: 'info',
        title,
        text: `Clé créée le ${instantFr(seal.keyCreatedAt)} ; aucune entrée n’a encore été scellée.`,
      };
    case 'invalid':
      return { level: 'fail', title, text: seal.reason };
    case 'sealed': {
      const copy = { seq: seal.seq, hash: seal.hash };
      const label = `le sceau du ${instantFr(seal.sealedAt)}`;
      if (seal.comparison.status !== 'contains') {
        return { level: 'fail', title, text: describeHeadComparison(seal.comparison, copy, label) };
      }
      const base =
        seal.seq === 0
          ? `Journal vide scellé le ${instantFr(seal.sealedAt)}.`
          : `Le journal contient l’entrée n°\u00a0${formatNumber(seal.seq)} scellée le ${instantFr(seal.sealedAt)}, inchangée : il n’a été ni coupé ni réécrit jusqu’à elle, même par un outil extérieur.`;
      const key = ` Clé du poste créée le ${instantFr(seal.keyCreatedAt)}.`;
      if (seal.unsealed === 0) return { level: 'ok', title, text: base + key };
      return {
        level: 'info',
        title,
        text: `${base} ${entries(seal.unsealed)} écrite${seal.unsealed > 1 ? 's' : ''} depuis n’${seal.unsealed > 1 ? 'ont' : 'a'} pas encore été scellée${seal.unsealed > 1 ? 's' : ''} (application fermée juste après ?) : elle${seal.unsealed > 1 ? 's' : ''} le ser${seal.unsealed > 1 ? 'ont' : 'a'} à la prochaine modification si le journal n’a pas été altéré.${key}`,
      };
    }
  }
}

/** The lines of the report, in the order the screen shows them (French spacing applied). */
export function integrityVerdicts(report: IntegrityReport): Verdict[] {
  return rawVerdicts(report).map((v) => ({
    ...v,
    text: frenchSpacing(v.text),
    ...(v.details ? { details: v.details.map(frenchSpacing) } : {}),
  }));
}

function rawVerdicts(report: IntegrityReport): Verdict[] {
  const { startup, seal } = report;
  const j = startup.journal;
  const count = startup.reading.entries.length;
  const out: Verdict[] = [];

  if (j.emptyJournalWithData) {
    out.push({
      level: 'fail',
      title: 'Journal',
      text: 'Le registre contient des données mais le journal est vide : il a pu être effacé. Rien ne permet de vérifier ces données.',
    });
  } else if (!j.chain.ok) {
    out.push({ level: 'fail', title: 'Chaîne du journal', text: j.chain.reason });
  } else {
    out.push({
      level: 'ok',
      title: 'Chaîne du journal',
      text:
        count === 0
          ? 'Journal vide, et le registre ne contient pas de données.'
          : `${entries(count)} vérifiée${count > 1 ? 's' : ''} : chacune reliée à la précédente (date, auteur, action, détail, ordre), sans trou ni doublon, jusqu’à la dernière entrée enregistrée à part.`,
    });
  }

  const erased = j.erasedWithoutPurge;
  out.push(
    erased.length
      ? {
          level: 'fail',
          title: 'Détails effacés',
          text: `Le détail (avant → après) de ${entries(erased.length)} a été effacé sans qu’aucune purge ne le prévoie.`,
          details: erased.slice(0, 30).map((s) => `Entrée n°\u00a0${formatNumber(s)}`),
        }
      : {
          level: 'ok',
          title: 'Détails effacés',
          text: 'Seules les purges (6 ans après un retrait) ont effacé des détails, et seulement ceux qu’elles nomment.',
        },
  );

  const rows = j.rows.filter((f) => f.problem !== 'unverifiable');
  const unverifiable = j.rows.length - rows.length;
  if (!j.emptyJournalWithData) {
    out.push(
      rows.length
        ? {
            level: 'fail',
            title: 'Données et journal',
            text: `Des lignes ne correspondent plus à la dernière écriture du journal : ${summariseRowFindings(rows, tableLabel).join(' ; ')}.`,
            details: rows
              .slice(0, 40)
              .map(
                (f) =>
                  `${tableLabel(f.table)} « ${f.key} » : ${rowProblemLabel(f.problem)}${f.seq ? ` (dernière entrée du journal : n°\u00a0${formatNumber(f.seq)})` : ' (aucune entrée du journal)'}`,
              ),
          }
        : {
            level: 'ok',
            title: 'Données et journal',
            text: `Les ${formatNumber(j.rowCount)} lignes de données sont celles que le journal a écrites en dernier (aucune modifiée, ajoutée ou supprimée hors de l’application).`,
          },
    );
    if (unverifiable) {
      out.push({
        level: 'info',
        title: 'Données purgées',
        text: `${formatNumber(unverifiable)} ligne${unverifiable > 1 ? 's' : ''} purgée${unverifiable > 1 ? 's' : ''} par une version précédente de l’application ne peu${unverifiable > 1 ? 'vent' : 't'} pas être comparée${unverifiable > 1 ? 's' : ''} au journal.`,
      });
    }
  }

  out.push(
    startup.references.length
      ? { level: 'fail', title: 'Liens entre les données', text: startup.references.join(' ') }
      : {
          level: 'ok',
          title: 'Liens entre les données',
          text: 'Chaque habilitation, quota, bulletin et convention renvoie à des éléments qui existent.',
        },
  );
  out.push(sealVerdict(seal));
  return out;
}

/** True only when nothing failed (an empty journal beside data is a failure, never « ✓ »). */
export function integrityOk(verdicts: readonly Verdict[]): boolean {
  return verdicts.every((v) => v.level !== 'fail');
}

/** What the check cannot detect, for the screen (depends on whether there is a seal). */
export function integrityLimits(seal: SealCheck): string[] {
  const keyed = seal.kind === 'sealed' || seal.kind === 'none' || seal.kind === 'invalid';
  return [
    keyed
      ? 'Le sceau protège le journal jusqu’à la dernière entrée scellée. Un programme qui agirait depuis l’application elle-même pourrait demander un sceau ; si les fichiers de la clé et du sceau sont supprimés, une nouvelle clé est créée (sa date de création est indiquée ci-dessus).'
      : 'Sans clé secrète, le journal est chaîné mais pas scellé : quelqu’un qui réécrit avec un outil à la fois les données et tout le journal, en recalculant les empreintes, n’est pas détecté ici. Seule la comparaison avec une copie antérieure de la dernière entrée (une sauvegarde, le pied de page d’un document émis) le montre.',
    'Une coupure de la fin du journal accompagnée du retour des données à leur état antérieur n’est visible que par le sceau ou par comparaison avec une copie antérieure.',
    'Les préférences de ce poste (votre nom, la convention affichée) ne sont pas journalisées ; les fichiers de sauvegarde sont vérifiés quand on les restaure ou les compare.',
  ].map(frenchSpacing);
}
