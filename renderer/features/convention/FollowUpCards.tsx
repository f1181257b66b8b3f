import { useState, type ReactNode } from 'react';
import { z } from 'zod';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../shell/register/use-action';

export const optionalDate = z
  .string()
  .refine((v) => v === '' || isValidIsoDate(v), 'Cette date n’existe pas.');

export function FormButtons({
  busy,
  label,
  onCancel,
}: {
  busy: boolean;
  label: string;
  onCancel: () => void;
}) {
  return (
    <div className="dialog-actions">
      <Button variant="secondary" onPress={onCancel}>
        Annuler
      </Button>
      <Button type="submit" variant="primary" isDisabled={busy}>
        {label}
      </Button>
    </div>
  );
}

export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <td>
      <div className="convention-row-actions">
        <Button variant="quiet" aria-label={`Modifier ${name}`} onPress={onEdit}>
          Modifier
        </Button>
        <Button variant="quiet" aria-label={`Supprimer ${name}`} onPress={onDelete}>
          Supprimer
        </Button>
      </div>
    </td>
  );
}

/** A list card with its add/edit dialog and its delete confirmation. */
export function ListCard<T extends { id: string }>({
  id,
  title,
  addLabel,
  editTitle,
  rows,
  empty,
  table,
  form,
  nameOf,
  remove,
  removedMessage,
}: {
  id: string;
  title: string;
  addLabel: string;
  editTitle: string;
  rows: T[];
  empty: ReactNode;
  table: (actions: (row: T) => ReactNode) => ReactNode;
  form: (row: T | undefined, onDone: () => void) => ReactNode;
  nameOf: (row: T) => string;
  remove: (row: T) => Promise<unknown>;
  removedMessage: string;
}) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const { run } = useAction();
  const close = () => setEditing(null);
  return (
    <Card
      id={id}
      title={title}
      actions={<Button onPress={() => setEditing('new')}>{addLabel}</Button>}
    >
      {rows.length === 0
        ? empty
        : table((row) => (
            <RowActions
              name={nameOf(row)}
              onEdit={() => setEditing(row)}
              onDelete={() => setDeleting(row)}
            />
          ))}
      <Dialog
        title={editing === 'new' ? addLabel : editTitle}
        isOpen={editing !== null}
        onClose={close}
        wide
      >
        {editing !== null ? form(editing === 'new' ? undefined : editing, close) : null}
      </Dialog>
      <ConfirmDialog
        title={`Supprimer — ${title}`}
        message={
          deleting ? `Supprimer ${nameOf(deleting)} ? La suppression est inscrite au journal.` : ''
        }
        confirmLabel="Supprimer"
        isOpen={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void run(() => remove(target), removedMessage);
        }}
      />
    </Card>
  );
}

// ——— Bilans annuels (conv. art. 16) ———
