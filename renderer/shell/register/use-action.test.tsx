import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../db/validation';
import { resetUiStore, useUiStore } from '../../store/ui-store';
import { useAction } from './use-action';

afterEach(() => resetUiStore());

describe('useAction', () => {
  it('removes its error notice once the failed action succeeds, and keeps other notices', async () => {
    const { result } = renderHook(() => useAction());
    useUiStore.getState().notify('alerte', 'Une autre alerte.');
    await act(async () => {
      await result.current.run(() => Promise.reject(new ValidationError(['Indiquez le motif.'])));
    });
    expect(useUiStore.getState().notices.map((n) => n.message)).toEqual([
      'Une autre alerte.',
      'Indiquez le motif.',
    ]);
    await act(async () => {
      await result.current.run(() => Promise.resolve(1), 'Décision enregistrée.');
    });
    expect(useUiStore.getState().notices.map((n) => n.message)).toEqual([
      'Une autre alerte.',
      'Décision enregistrée.',
    ]);
  });

  it('a saved export offers its file; a cancelled « Enregistrer sous » says nothing was saved', async () => {
    const { result } = renderHook(() => useAction());
    await act(async () => {
      await result.current.run(
        () => Promise.resolve({ status: 'cancelled' as const }),
        'Rapport enregistré.',
      );
    });
    expect(useUiStore.getState().notices).toEqual([]);
    await act(async () => {
      await result.current.run(
        () => Promise.resolve({ status: 'saved' as const, path: 'C:\\Docs\\Revue.pdf' }),
        'Rapport enregistré.',
      );
    });
    expect(useUiStore.getState().notices).toMatchObject([
      { message: 'Rapport enregistré.', file: 'C:\\Docs\\Revue.pdf' },
    ]);
  });
});
