import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rowVersion } from '../../../shared/domain/edit-version';
import { useEditedRow } from './use-edited-row';

type Row = { id: string; label: string };
const row: Row = { id: 'b1', label: 'Cdap' };

function hook(initial: Row | undefined, onClose = vi.fn(), onReload = vi.fn()) {
  return renderHook(
    ({ current }) => useEditedRow(current, { what: 'Ce bulletin d’adhésion', onClose, onReload }),
    {
      initialProps: { current: initial },
    },
  );
}

describe('useEditedRow: one call per edit dialog', () => {
  it('follows the stored row: same, changed (same content in a new object is not a change), reload, deleted', () => {
    const onReload = vi.fn();
    const { result, rerender } = hook(row, vi.fn(), onReload);
    expect(result.current).toMatchObject({
      status: 'same',
      canSave: true,
      base: row,
      editBase: { version: rowVersion(row) },
    });
    rerender({ current: { ...row } });
    expect(result.current.status).toBe('same');

    const changed = { ...row, label: 'Cdap – Accueil' };
    rerender({ current: changed });
    expect(result.current.status).toBe('changed');
    expect(result.current.canSave).toBe(true);
    // The save still sends the version the form started from, so the data layer refuses it.
    expect(result.current.editBase).toEqual({ version: rowVersion(row) });
    expect(result.current.base).toBe(row);

    const key = result.current.formKey;
    act(() => result.current.reload());
    expect(result.current).toMatchObject({
      status: 'same',
      base: changed,
      formKey: key + 1,
      editBase: { version: rowVersion(changed) },
    });
    // The dialog clears the refusal its stale save showed.
    expect(onReload).toHaveBeenCalledTimes(1);

    rerender({ current: undefined });
    expect(result.current).toMatchObject({ status: 'deleted', canSave: false });
    // Reloading a row that went keeps the form as it was (never a creation).
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ status: 'deleted', base: changed });
  });

  it('a row absent when the form opened is a creation, « changed » once another window creates it', () => {
    const { result, rerender } = hook(undefined);
    expect(result.current).toMatchObject({ status: 'same', canSave: true, editBase: undefined });
    rerender({ current: row });
    expect(result.current.status).toBe('changed');
    act(() => result.current.reload());
    expect(result.current).toMatchObject({
      status: 'same',
      base: row,
      editBase: { version: rowVersion(row) },
    });
  });

  it('its notice says so in French, and offers to reload or to close', async () => {
    const onClose = vi.fn();
    const { result, rerender } = hook(row, onClose);
    const view = () => render(<>{result.current.notice}</>);
    const first = view();
    expect(first.container.textContent).toBe('');
    first.unmount();

    rerender({ current: { ...row, label: 'Autre' } });
    const changed = view();
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Modifié dans une autre fenêtre — rechargez\. Ce bulletin d’adhésion a changé ailleurs/,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Recharger avec les valeurs de l’autre fenêtre' }),
    );
    expect(result.current.base).toEqual({ ...row, label: 'Autre' });
    changed.unmount();

    rerender({ current: undefined });
    view();
    expect(screen.getByRole('alert').textContent).toContain(
      'Ce bulletin d’adhésion n’existe plus.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalled();
  });
});
