import { useCallback, useEffect, useState } from 'react';
import { useDb, usePlatform } from '../shell/services';
import { useActor } from '../shell/register/use-register';
import { prepareDocumentGeneration } from './generator';
import { issueDocument, regenerateDocument, type IssueRequest } from './issue';
import type { IssuedDocument } from '../../shared/domain/schemas';

/**
 * A screen's entry to the pipeline: `issue(request)` generates (in the worker), saves through
 * the bridge and records the document; `regenerate(doc)` rebuilds it from its snapshot.
 * `progress` is 0…1 while a document is being built, `null` otherwise.
 */
export function useDocumentExport() {
  const db = useDb();
  const platform = usePlatform();
  const actor = useActor();
  const [progress, setProgress] = useState<number | null>(null);
  // The worker and its fonts load while the user reads the screen.
  useEffect(() => prepareDocumentGeneration(), []);
  const track = useCallback(async <T>(work: (onProgress: (f: number) => void) => Promise<T>) => {
    setProgress(0);
    try {
      return await work((f) => setProgress(f));
    } finally {
      setProgress(null);
    }
  }, []);
  const issue = useCallback(
    (request: IssueRequest) =>
      track((onProgress) => issueDocument({ db, platform, actor }, request, onProgress)),
    [db, platform, actor, track],
  );
  const regenerate = useCallback(
    (document: IssuedDocument) =>
      track((onProgress) => regenerateDocument({ platform }, document, onProgress)),
    [platform, track],
  );
  return { issue, regenerate, progress };
}
