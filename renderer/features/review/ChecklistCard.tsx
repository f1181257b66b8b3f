import { useState } from 'react';
import { CHECKLIST_ANSWER_LABELS, CHECKLIST_ITEMS } from '../../../shared/domain/review';
import type { ReviewCampaign } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';

type Checklist = ReviewCampaign['checklist'];
type Answer = NonNullable<Checklist[number]['answer']>;

/** The partner's commitments (FORMS.md §2.5): Oui / Non / Sans objet and a comment each. */
export function ChecklistCard({
  checklist,
  readOnly,
  busy,
  onSave,
}: {
  checklist: Checklist;
  readOnly: boolean;
  busy: boolean;
  onSave: (next: Checklist) => void;
}) {
  const [draft, setDraft] = useState(checklist);
  const set = (key: string, patch: Partial<Checklist[number]>) =>
    setDraft((d) => d.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const answered = draft.filter((c) => c.answer).length;

  return (
    <Card
      title={`Engagements du partenaire (${answered} / ${draft.length})`}
      id="engagements"
      actions={
        readOnly ? null : (
          <Button variant="primary" onPress={() => onSave(draft)} isDisabled={busy}>
            Enregistrer les engagements
          </Button>
        )
      }
    >
      <table className="data checklist">
        <thead>
          <tr>
            <th scope="col">Engagement</th>
            <th scope="col">Réponse</th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {CHECKLIST_ITEMS.map((item) => {
            const row = draft.find((c) => c.key === item.key) ?? { key: item.key };
            return (
              <tr key={item.key}>
                <td>
                  {item.label} <span className="muted">({item.article})</span>
                </td>
                <td>
                  <fieldset className="inline-radios">
                    <legend className="visually-hidden">{item.label}</legend>
                    {(Object.keys(CHECKLIST_ANSWER_LABELS) as Answer[]).map((a) => (
                      <label key={a}>
                        <input
                          type="radio"
                          name={`check-${item.key}`}
                          checked={row.answer === a}
                          disabled={readOnly}
                          onChange={() => set(item.key, { answer: a })}
                        />{' '}
                        {CHECKLIST_ANSWER_LABELS[a]}
                      </label>
                    ))}
                  </fieldset>
                </td>
                <td>
                  <input
                    className="field-input"
                    aria-label={`Commentaire : ${item.label}`}
                    value={row.comment ?? ''}
                    readOnly={readOnly}
                    onChange={(e) => set(item.key, { comment: e.target.value || undefined })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
