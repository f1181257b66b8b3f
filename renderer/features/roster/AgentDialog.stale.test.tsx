import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AgentDialog } from './AgentDialog';

const agent = {
  id: 'a1',
  organisationId: 'o1',
  lastName: 'ROUSSEL',
  firstName: 'Paul',
  qualifiedSocialWorker: false,
};

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
    expect(
      screen.getByRole('button', { name: 'Enregistrer l’agent' }).getAttribute('aria-disabled'),
    ).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('changed elsewhere: offers to reload with the other window’s values', async () => {
    const onReload = vi.fn();
    render(
      <AgentDialog
        initial={agent}
        agentId="a1"
        isNew={false}
        stale="changed"
        onReload={onReload}
        errors={[]}
        fieldErrors={{}}
        busy={false}
        onSubmit={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Modifié dans une autre fenêtre — rechargez',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' }),
    );
    expect(onReload).toHaveBeenCalled();
  });
});
