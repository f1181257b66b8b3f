import { useCallback, useEffect, useState } from 'react';
import { ImportRefusedError, type RefusalGroup } from '../../../shared/backup/export-format';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import { subscribeBackupsChanged } from '../../platform';
import { BackupFolderError } from '../../platform/folder-backup-store';
import { errorMessages } from '../../shell/register/use-action';
import { IssueGroups } from './RestorePreview';

/** What went wrong in the last operation, shown once at the top of the screen. */
export interface Problem {
  message: string;
  details: string[];
  groups?: RefusalGroup[];
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ImportRefusedError) {
    return {
      message: error.message,
      details: error.details,
      ...(error.groups.length ? { groups: error.groups } : {}),
    };
  }
  if (isQuotaError(error)) return { message: QUOTA_MESSAGE, details: [] };
  if (error instanceof BackupFolderError) return { message: error.message, details: [] };
  return { message: errorMessages(error).join(' '), details: [] };
}

export function ProblemBox({ problem }: { problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <div className="error-box" role="alert">
      <p>{problem.message}</p>
      {problem.groups ? (
        <IssueGroups groups={problem.groups} />
      ) : problem.details.length ? (
        <ul>
          {problem.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Runs one operation of the screen at a time: its label while it runs, its problem after. */
export type Work = (label: string, task: () => Promise<void>) => Promise<void>;

/**
 * The screen's one busy state: `work` shows what runs, keeps its problem, then reloads every
 * card (`version` changes, as it does when a backup is written elsewhere).
 */
export function useBackupsWork() {
  const [working, setWorking] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => subscribeBackupsChanged(refresh), [refresh]);
  const report = useCallback((error: unknown) => setProblem(problemOf(error)), []);

  const work: Work = async (label, task) => {
    setWorking(label);
    setProblem(undefined);
    try {
      await task();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setWorking(undefined);
      refresh();
    }
  };

  return { working, busy: !!working, problem, report, work, version, refresh };
}
