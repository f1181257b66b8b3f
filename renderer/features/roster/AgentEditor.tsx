import type { EditBase } from '../../db/register-writer';
import type { Agent } from '../../../shared/domain/schemas';
import { useEditedRow } from '../../shell/register/use-edited-row';
import { AgentDialog, EMPTY_AGENT, type AgentDraft } from './AgentDialog';

/**
 * The agent dialog for a creation (no `agentId`) or an edit. An edit follows the stored agent
 * live: changed elsewhere, it offers to reload; gone (deleted, or a restore), it says so —
 * it never turns into « Ajouter un agent ». The save carries the version the form started
 * from, so that a stale write is refused in the write transaction itself.
 */
export function AgentEditor({
  agentId,
  current,
  onSubmit,
  ...rest
}: Omit<
  Parameters<typeof AgentDialog>[0],
  'initial' | 'isNew' | 'onSubmit' | 'stale' | 'onReload'
> & {
  current: Agent | undefined;
  onSubmit: (draft: AgentDraft, base?: EditBase) => void;
}) {
  // A creation follows nothing: another window's new agent is not this one.
  const edit = useEditedRow(agentId ? current : undefined, {
    what: 'Cet agent',
    onClose: rest.onClose,
  });
  return (
    <AgentDialog
      {...rest}
      key={edit.formKey}
      agentId={agentId}
      isNew={!agentId}
      initial={edit.base ? { ...edit.base } : EMPTY_AGENT}
      stale={edit.status}
      onReload={edit.reload}
      onSubmit={(draft) => onSubmit(draft, edit.editBase)}
    />
  );
}
