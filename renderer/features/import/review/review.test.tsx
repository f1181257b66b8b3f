/**
 * The review's source notes: « page N : « … » » for a PDF, « ligne N » for a text, « texte
 * corrigé » after an OCR-tolerant read, « Le texte contient … » for a part mentioned but not
 * read (never « absent » then), and the text viewer opened at that line.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  extractConvention,
  type ConventionExtraction,
  type Extracted,
  type UnreadPart,
} from '../../../../shared/import';
import type { TextOrigin } from '../../../../shared/import/source-ref';
import { ReviewContext } from './context';
import { ContactsCard } from './AnnexCards';
import { SourceNote } from './SourceNote';
import { TextViewer } from './TextViewer';
import { draftFromExtraction } from '../../../../shared/import';

const TEXT = [
  'Convention d’accès à « Mon Compte Partenaire »',
  '',
  'Numéro de SIRET : 267 701 647 00013',
  '',
  'Annexe 1 – Les interlocuteurs',
  'Voir le courrier du service',
].join('\n');

function Harness({
  x,
  origin,
  children,
}: {
  x: ConventionExtraction;
  origin: TextOrigin;
  children: React.ReactNode;
}) {
  const [line, setLine] = useState<number | null>(null);
  return (
    <ReviewContext.Provider value={{ x, origin, openText: setLine }}>
      {children}
      <TextViewer lines={x.lines} origin={origin} line={line} onClose={() => setLine(null)} />
    </ReviewContext.Provider>
  );
}

const siret: Extracted<string> = {
  value: '26770164700013',
  sourceLine: 3,
  sourceText: 'Numéro de SIRET : 267 701 647 00013',
  confidence: 'high',
};
const pdf: TextOrigin = {
  kind: 'pdf',
  name: 'convention.pdf',
  linePages: [1, 1, 2, 2, 3, 3],
  pageCount: 3,
};
const pasted: TextOrigin = { kind: 'text', name: 'texte collé' };
const contactsUnread: UnreadPart = {
  part: 'contacts',
  label: 'une annexe des interlocuteurs',
  sourceLine: 5,
  sourceText: 'Annexe 1 – Les interlocuteurs',
};

const extraction = (unread: UnreadPart[] = []): ConventionExtraction => ({
  ...extractConvention(TEXT),
  unread,
});

describe('the review’s source notes', () => {
  it('says the page of a PDF and the line of a pasted text, with the excerpt', () => {
    const x = extraction();
    const { unmount } = render(
      <Harness x={x} origin={pdf}>
        <SourceNote source={siret} field="partner.siret" />
      </Harness>,
    );
    expect(screen.getByText('page 2 : « Numéro de SIRET : 267 701 647 00013 »')).toBeTruthy();
    expect(screen.queryByText(/ligne 3/)).toBeNull();
    unmount();
    render(
      <Harness x={x} origin={pasted}>
        <SourceNote source={siret} field="partner.siret" />
      </Harness>,
    );
    expect(screen.getByText('ligne 3 : « Numéro de SIRET : 267 701 647 00013 »')).toBeTruthy();
  });

  it('marks a value read through OCR repairs « texte corrigé »', () => {
    render(
      <Harness x={extraction()} origin={pdf}>
        <SourceNote source={{ ...siret, corrected: true }} field="partner.siret" />
      </Harness>,
    );
    expect(screen.getByText('texte corrigé')).toBeTruthy();
  });

  it('says « absent » only when the text has no trace of the part, else « Le texte contient … »', async () => {
    const { unmount } = render(
      <Harness x={extraction()} origin={pdf}>
        <SourceNote source={undefined} field="partner.siret" />
      </Harness>,
    );
    expect(screen.getByText('Absent du document : à saisir si besoin.')).toBeTruthy();
    unmount();
    const unreadSiret: UnreadPart = {
      part: 'siret',
      label: 'le numéro SIRET',
      sourceLine: 3,
      sourceText: 'Numéro de SIRET : 267 7O1 647 OOO13',
    };
    render(
      <Harness x={extraction([unreadSiret])} origin={pdf}>
        <SourceNote source={undefined} field="partner.siret" />
      </Harness>,
    );
    expect(screen.queryByText(/Absent du document/)).toBeNull();
    expect(
      screen.getByText(
        /Le texte contient le numéro SIRET mais l’importeur n’a pas pu le lire : vérifiez et saisissez/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('page 2 : « Numéro de SIRET : 267 7O1 647 OOO13 »')).toBeTruthy();
  });

  it.each([
    ['caf.directorName', 'director', 'le directeur ou la directrice de la Caf'],
    ['caf.address-form', 'caf.address', 'l’adresse de la Caf'],
    ['partner.address', 'partner.address', 'l’adresse du partenaire'],
  ])(
    'shows a detail read only in part (%s) as not understood, not absent',
    (field, part, label) => {
      const detail: UnreadPart = { part, label, sourceLine: 2, sourceText: 'représentée par …' };
      render(
        <Harness x={extraction([detail])} origin={pasted}>
          <SourceNote source={undefined} field={field} />
        </Harness>,
      );
      expect(screen.queryByText(/Absent du document/)).toBeNull();
      expect(screen.getByText(new RegExp(`Le texte contient ${label}`))).toBeTruthy();
    },
  );

  it('replaces « Aucune annexe des interlocuteurs » with the unread annex, and opens the text at its line', async () => {
    const x = extraction([contactsUnread]);
    const draft = draftFromExtraction(x);
    render(
      <Harness x={x} origin={pasted}>
        <ContactsCard draft={{ ...draft, contacts: [] }} edit={() => {}} />
      </Harness>,
    );
    expect(screen.queryByText(/Aucune annexe des interlocuteurs/)).toBeNull();
    expect(
      screen.getByText(
        /Le texte contient une annexe des interlocuteurs mais l’importeur n’a pas pu le lire/,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Voir dans le texte (ligne 5)' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Texte lu dans « texte collé » — ligne 5',
    });
    const current = dialog.querySelector('[aria-current="true"]')!;
    expect(current.textContent).toContain('Annexe 1 – Les interlocuteurs');
    await waitFor(() => expect(document.activeElement).toBe(current));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps « Aucune annexe des interlocuteurs » when the text has none', () => {
    const x = extraction();
    render(
      <Harness x={x} origin={pasted}>
        <ContactsCard draft={{ ...draftFromExtraction(x), contacts: [] }} edit={() => {}} />
      </Harness>,
    );
    expect(screen.getByText(/Aucune annexe des interlocuteurs n’a été trouvée/)).toBeTruthy();
  });

  it('marks the pages of a PDF in the text viewer', async () => {
    const x = extraction();
    render(
      <Harness x={x} origin={pdf}>
        <SourceNote source={siret} field="partner.siret" />
      </Harness>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Voir (page 2)' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Texte lu dans « convention.pdf » — page 2',
    });
    expect([...dialog.querySelectorAll('.import-text-page')].map((e) => e.textContent)).toEqual([
      'Page 1',
      'Page 2',
      'Page 3',
    ]);
  });
});
