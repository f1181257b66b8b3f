import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rowVersion } from '../../../shared/domain/edit-version';
import { AgentDialog } from '../roster/AgentDialog';
import { useEditBase } from './use-edit-base';

const agent = { id: 'a1', organisationId: 'o1', lastName: 'ROUSSEL', firstName: 'Paul', qualifiedSocialWorker: false };

describe('useEditBase: an edit form follows the stored row', () => {
  it('is « changed » when another window saved, « deleted » when the row went, and reloads', () => {
    const { result, rerender } = renderHook(({ current }) => useEditBase(current, true), {
      initialProps: { current: agent as typeof agent | undefined },
    });
    expect(result.current.status).toBe('same');
    expect(result.current.editBase).toEqual({ version: rowVersion(agent) });
    const changed = { ...agent, service: 'Accueil' };
    rerender({ current: changed });
    expect(result.current.status).toBe('changed');
    // The save still carries the version the form started from (so it is refused).
    expect(result.current.editBase).toEqual({ version: rowVersion(agent) });
    const key = result.current.formKey;
    act(() => result.current.reload());
    expect(result.current.status).toBe('same');
    expect(result.current.base).toEqual(changed);
    expect(result.current.formKey).toBe(key + 1);
    rerender({ current: undefined });
    expect(result.current.status).toBe('deleted');
  });

  it('a creation has no base and is never stale', () => {
    const { result } = renderHook(() => useEditBase(undefined, false));
    expect(result.current).toMatchObject({ status: 'same', editBase: undefined });
  });
});

describe('AgentDialog when its agent went (another tab deleted it, or restored a backup)', () => {
  it('stays « Modifier l’agent », says so, offers to close and cannot save', async () => {
    const onClose = vi.fn();
    const onSubmit = vi.fn();
    render(
      <AgentDialog
        initial={agent}
        agentId="a1"
        isNew={false}
        stale="deleted"
        errors={[]}
        fieldErrors={{}}
        busy={false}
        onSubmit={onSubmit}
        onClose={onClose}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Modifier l’agent ROUSSEL' })).toBeTruthy();
    expect(screen.queryByText('Ajouter un agent')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Cet agent n’existe plus');
    expect(screen.getByRole('button', { name: 'Enregistrer l’agent' }).getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('changed elsewhere: offers to reload with the other window’s values', async () => {
    const onReload = vi.fn();
    render(
      <AgentDialog initial={agent} agentId="a1" isNew={false} stale="changed" onReload={onReload} errors={[]} fieldErrors={{}} busy={false} onSubmit={vi.fn()} onClose={vi.fn()} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Modifié dans une autre fenêtre — rechargez');
    await userEvent.click(screen.getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' }));
    expect(onReload).toHaveBeenCalled();
  });
});
