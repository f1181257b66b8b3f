import { describe, expect, it } from 'vitest';
import { ADMIN_CHANGE_REFUSALS, checkAdminChange } from '../../../shared/documents/admin-change';
import { DocumentRefusedError } from '../../../shared/documents/missing';
import { assertExportable } from '../../../shared/documents/registry';
import { BLANK_LINE } from '../../../shared/documents/text';
import { lieusaintAdminChange } from './lieusaint';
import { pdfPagesText, renderKind } from './render-node';

/** Extracted text with every kind of space made plain, for comparisons. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

async function formText(snapshot = lieusaintAdminChange()) {
  const bytes = await renderKind('changement-administrateur', 'pdf', snapshot);
  const pages = await pdfPagesText(bytes);
  return { bytes, pages, text: plain(pages.join('\n')) };
}

describe('Formulaire de changement d’administrateur (FORMS.md §1), read back with pdfjs', () => {
  it('has every label of the real form, in its order, each followed by its value', async () => {
    const { text, pages } = await formText();
    expect(pages).toHaveLength(1);
    const expected: [string, string][] = [
      ['Partenaire :', 'CCAS de Lieusaint'],
      ['Convention n°', '2023-267 701 647'],
      ["Caisse d'Allocations familiales de Seine", ''],
      ['21-23 avenue du Général Leclerc', ''],
      ["A l'attention de l'administrateur « Mon", 'Compte Partenaire »'],
      ["Objet : modification d'un administrateur", ''],
      ["Prénom et NOM de l'administrateur à habiliter :", 'Lucie MARCHAND'],
      ['Fonction :', "Agent d'accueil social"],
      ['Coordonnées :', ''],
      ['Numéro de téléphone (renseigner au moins un numéro) :', ''],
      ['Téléphone fixe :', '01 64 13 55 77'],
      ['Téléphone mobile :', BLANK_LINE],
      ['Adresse mél personnelle et individuelle :', 'l.marchand@ville-lieusaint.fr'],
      ['Ces coordonnées seront utilisées par la Caf uniquement dans le cadre de la gestion', ''],
      ['Cet administrateur remplace-t-il un administrateur existant :', '☒ oui ☐ non'],
      ['Si oui,', ''],
      ["précisez les prénoms et noms de l'administrateur à remplacer :", 'Sandrine COFFI'],
      ["précisez l'adresse mél de l'administrateur à remplacer :", 's.coffi@ville-lieusaint.fr'],
      ['Pour le Partenaire', ''],
      ['Fonction du signataire :', 'Président'],
      ['Prénom NOM et signature :', 'Michel BISSON'],
      ["L'administrateur", ''],
      ['Fonction du signataire :', "Agent d'accueil social"],
      ['Prénom NOM et signature :', 'Lucie MARCHAND'],
    ];
    let from = 0;
    for (const [label, value] of expected) {
      const at = text.indexOf(label, from);
      expect(at, `« ${label} » after position ${from}`).toBeGreaterThanOrEqual(0);
      const after = at + label.length;
      if (value)
        expect(
          text
            .slice(after, after + value.length + 2)
            .trim()
            .startsWith(value),
          `${label} → ${value}`,
        ).toBe(true);
      from = after;
    }
    // No placeholder of the CAF template ever shows.
    expect(text).not.toMatch(/SAISIR|RENSEIGNER/);
  });

  it('ticks « oui » and leaves « non » empty, and the other way round', async () => {
    expect((await formText()).text).toContain('☒ oui ☐ non');
    const no = await formText(lieusaintAdminChange({ replaces: false, replaced: {} }));
    expect(no.text).toContain('☐ oui ☒ non');
    expect(no.text).toContain('sans objet');
  });

  it('prints the page frame: partner, convention number, Page 1 / 1, generation date', async () => {
    const { text } = await formText();
    expect(text).toContain('CCAS de Lieusaint — Convention n° 2023-267 701 647');
    expect(text).toContain('Page 1 / 1');
    expect(text).toContain('Généré le 04/03/2024');
    expect(text).not.toContain('Journal n°');
  });

  it('prints the journal head in the footer when the snapshot has one (« Journal n° … · hash… »)', async () => {
    const head = { seq: 1234, hash: '3f2a9c4b1d07'.padEnd(64, 'e') };
    const snapshot = lieusaintAdminChange();
    const { text } = await formText({ ...snapshot, meta: { ...snapshot.meta, journalHead: head } });
    expect(text).toContain('Généré le 04/03/2024 · Journal n° 1 234 · 3f2a9c4b1d07…');
  });

  it('refuses the export without a phone, with the French message', () => {
    const snapshot = lieusaintAdminChange();
    const noPhone = {
      ...snapshot,
      newAdmin: { ...snapshot.newAdmin, phoneFixed: '', phoneMobile: ' ' },
    };
    expect(() => assertExportable('changement-administrateur', noPhone)).toThrow(
      DocumentRefusedError,
    );
    try {
      assertExportable('changement-administrateur', noPhone);
    } catch (error) {
      expect((error as DocumentRefusedError).messages).toEqual([ADMIN_CHANGE_REFUSALS.phone]);
    }
    const nothing = { ...snapshot, newAdmin: {} };
    expect(checkAdminChange(nothing).refusals).toEqual([
      ADMIN_CHANGE_REFUSALS.name,
      ADMIN_CHANGE_REFUSALS.phone,
      ADMIN_CHANGE_REFUSALS.email,
    ]);
    expect(ADMIN_CHANGE_REFUSALS.phone).toMatch(/^Indiquez au moins un numéro de téléphone/);
  });

  it('lists every other missing field and prints it as a line to fill', async () => {
    const s = lieusaintAdminChange();
    const partial = {
      ...s,
      newAdmin: { ...s.newAdmin, function: '' },
      partnerSignatory: { name: 'Michel BISSON' },
    };
    const check = checkAdminChange(partial);
    expect(check.refusals).toEqual([]);
    expect(check.missing).toEqual(['Fonction :', 'Pour le Partenaire — fonction du signataire']);
    const { text } = await formText(partial);
    expect(text).toContain(`Fonction : ${BLANK_LINE}`);
  });

  it('warns when the e-mail looks like a shared mailbox', () => {
    const s = lieusaintAdminChange();
    const check = checkAdminChange({
      ...s,
      newAdmin: { ...s.newAdmin, email: 'ccas@ville-lieusaint.fr' },
    });
    expect(check.refusals).toEqual([]);
    expect(check.warnings[0]).toMatch(/ressemble à une boîte partagée/);
  });

  it('rebuilds the same bytes from a stored snapshot (original generation date)', async () => {
    const stored = JSON.parse(JSON.stringify(lieusaintAdminChange())) as unknown;
    const first = await renderKind('changement-administrateur', 'pdf', stored);
    const again = await renderKind('changement-administrateur', 'pdf', stored);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(plain((await pdfPagesText(again)).join('\n'))).toContain('Généré le 04/03/2024');
  });

  it('embeds the DejaVu fonts and writes French characters right', async () => {
    const s = lieusaintAdminChange();
    const { bytes, text } = await formText({
      ...s,
      newAdmin: {
        ...s.newAdmin,
        name: 'Françoise LÈVE-ÉTÉ',
        function: 'Chargée d’accueil — budget 1 200 € « test »',
      },
    });
    expect(text).toContain('Françoise LÈVE-ÉTÉ');
    expect(text).toContain('Chargée d’accueil — budget 1 200 € « test »');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/DejaVuSans/);
  });
});
