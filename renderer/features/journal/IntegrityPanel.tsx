import { useState } from 'react';
import {
  compareWithHead,
  describeHeadComparison,
  shortHead,
} from '../../../shared/domain/journal-integrity';
import type { JournalHeadRecord } from '../../../shared/domain/journal-chain';
import { listBackups, type ListedBackup } from '../../backup/operations';
import { useDb, usePlatform } from '../../shell/services';
import { allJournalEntries } from '../../db/repositories/journal';
import {
  integrityLimits,
  integrityOk,
  integrityVerdicts,
  type IntegrityReport,
} from '../../db/integrity-report';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FieldRow, SelectInput, TextInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { formatInstant } from './labels';
import { frenchSpacing } from '../../../shared/domain/text';

const MARK = { ok: '✓', fail: '✗', info: 'ℹ' } as const;
const LEVEL_LABEL = { ok: 'Conforme', fail: 'Problème', info: 'À savoir' } as const;

/** The report of « Vérifier l'intégrité »: each check, its verdict, and the limits. */
export function IntegrityResult({ report }: { report: IntegrityReport }) {
  const verdicts = integrityVerdicts(report);
  const ok = integrityOk(verdicts);
  return (
    <section className="card integrity-report" aria-labelledby="integrity-title" role="status">
      <h2 id="integrity-title">
        {frenchSpacing(
          ok
            ? 'Vérification de l’intégrité : aucun problème trouvé'
            : 'Vérification de l’intégrité : problèmes trouvés',
        )}
      </h2>
      <p className="muted">Vérifié le {formatInstant(report.checkedAt)}.</p>
      <ul className="integrity-verdicts">
        {verdicts.map((v) => (
          <li key={v.title} className={`integrity-${v.level}`}>
            <span aria-hidden="true" className="integrity-mark">
              {MARK[v.level]}
            </span>{' '}
            <strong>
              <span className="visually-hidden">{LEVEL_LABEL[v.level]} — </span>
              {v.title}
            </strong>
            {'\u00a0: '}
            {v.text}
            {v.details?.length ? (
              <ul className="integrity-details">
                {v.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>Ce que cette vérification ne peut pas détecter</h3>
      <ul>
        {integrityLimits(report.seal).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {!ok ? (
        <p>
          Si ce n’est pas voulu, restaurez une sauvegarde antérieure depuis l’écran Sauvegardes (une
          sauvegarde de sécurité des données actuelles est prise avant).
        </p>
      ) : null}
    </section>
  );
}

const HEX = /^[0-9a-f]{8,64}$/;

/**
 * « Ce journal contient-il l'entrée n° N d'empreinte H ? » — against a backup's header, or
 * the short form printed at the foot of a document issued earlier.
 */
export function HeadComparisonCard() {
  const db = useDb();
  const platform = usePlatform();
  const { run, busy } = useAction();
  const [backups, setBackups] = useState<ListedBackup[]>();
  const [chosen, setChosen] = useState('');
  const [seq, setSeq] = useState('');
  const [hash, setHash] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string }>();
  const [error, setError] = useState<string>();

  const load = () =>
    run(async () => setBackups((await listBackups(platform)).filter((b) => b.header?.journalHead)));

  const compare = (copy: JournalHeadRecord, label: string) =>
    run(async () => {
      const c = compareWithHead(await allJournalEntries(db), copy);
      setAnswer({ ok: c.status === 'contains', text: describeHeadComparison(c, copy, label) });
    });

  const compareBackup = () => {
    const b = backups?.find((x) => x.name === chosen);
    const head = b?.header?.journalHead;
    if (!b || !head) return setError('Choisissez une sauvegarde.');
    setError(undefined);
    return compare(head, `la sauvegarde du ${formatInstant(b.header!.exportedAt)}`);
  };

  const compareTyped = () => {
    const n = Number(seq.replace(/\s/g, ''));
    const h = hash.trim().toLowerCase().replace(/…$/, '');
    if (!Number.isInteger(n) || n < 1)
      return setError('Indiquez le numéro de l’entrée (un nombre entier).');
    if (!HEX.test(h))
      return setError('Indiquez au moins les 8 premiers caractères de l’empreinte (0 à 9, a à f).');
    setError(undefined);
    return compare({ seq: n, hash: h }, 'la copie indiquée');
  };

  return (
    <Card title="Comparer avec une copie antérieure">
      <p>
        Chaque sauvegarde et chaque document émis (en pied de page, «{'\u00a0'}Journal n°{'\u00a0'}…
        {'\u00a0'}») gardent la dernière entrée du journal au moment où ils ont été faits. Si le
        journal actuel ne la contient plus à l’identique, il a été coupé ou réécrit depuis.
      </p>
      {backups === undefined ? (
        <Button onPress={load} isDisabled={busy}>
          Choisir une sauvegarde…
        </Button>
      ) : backups.length === 0 ? (
        <p className="muted">
          Aucune sauvegarde n’indique la dernière entrée de son journal (les sauvegardes faites par
          une version précédente ne l’indiquent pas).
        </p>
      ) : (
        <FieldRow>
          <SelectInput
            label="Sauvegarde"
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            placeholder="Choisir…"
            options={backups.map((b) => ({
              value: b.name,
              label: `${formatInstant(b.header!.exportedAt)} — ${b.header!.reason ?? b.name} — ${shortHead(b.header!.journalHead!)}`,
            }))}
          />
          <div className="field field-button">
            <Button onPress={compareBackup} isDisabled={busy || !chosen}>
              Comparer
            </Button>
          </div>
        </FieldRow>
      )}
      <FieldRow>
        <TextInput
          label="N° de l’entrée (pied de page d’un document)"
          inputMode="numeric"
          value={seq}
          onChange={(e) => setSeq(e.target.value)}
        />
        <TextInput
          label="Empreinte (au moins 8 caractères)"
          value={hash}
          onChange={(e) => setHash(e.target.value)}
          spellCheck={false}
        />
        <div className="field field-button">
          <Button onPress={compareTyped} isDisabled={busy}>
            Vérifier
          </Button>
        </div>
      </FieldRow>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {answer ? (
        <p className={answer.ok ? 'badge badge-ok journal-verdict' : 'error-box'} role="status">
          {answer.ok ? '✓ ' : ''}
          {answer.text}
        </p>
      ) : null}
    </Card>
  );
}
