import { describe, expect, it } from 'vitest';
import { normalizeLines } from './normalize';

const norm = (...lines: string[]) => normalizeLines(lines.join('\n'));

describe('a table cell wrapped onto a row of its own goes back into its cell', () => {
  it.each([
    [
      'a Markdown row holding the end of an e-mail',
      [
        '| Partenaire | Responsable Sécurité | Thomas AUBERT | t.aubert@cc-alpilles- | 04 90 73 21 70 |',
        '| | | | durance.fr | |',
      ],
      'Partenaire\tResponsable Sécurité\tThomas AUBERT\tt.aubert@cc-alpilles-durance.fr\t04 90 73 21 70',
    ],
    [
      'tab cells, an e-mail cut after its « @ »',
      ['Administrateur\tJulie BLANC\tjulie.blanc@\t02 31 22 33 44', '\t\tmairie-exemple.fr\t'],
      'Administrateur\tJulie BLANC\tjulie.blanc@mairie-exemple.fr\t02 31 22 33 44',
    ],
    [
      'a role label cut after « des », behind a side column',
      ['Partenaire\tDélégué à la protection des\tAnne VIAL\tdpo@x.fr', '\tdonnées\t\t'],
      'Partenaire\tDélégué à la protection des données\tAnne VIAL\tdpo@x.fr',
    ],
  ])('%s', (_, rows, row) => {
    const out = norm(...rows);
    expect(out[0]).toBe(row);
    expect(out[1]).toBe('');
  });

  it.each([
    [
      'a person’s row under a merged « Administrateurs » cell',
      ['Administrateurs\tBLANC Julie\tj.blanc@x.fr', '\tROUX Marc\tm.roux@x.fr'],
    ],
    ['a name alone under a name', ['Administrateurs\tBLANC Julie\t', '\tROUX Marc\t']],
    ['an e-mail whole above', ['Administrateur\tJulie BLANC\tj.blanc@x.fr', '\t\tmairie.fr']],
  ])('not for %s', (_, rows) => {
    expect(norm(...rows)[1]).not.toBe('');
  });
});

describe('a row laid out with spaces, its cells wrapped over two or three lines', () => {
  it('the name, the e-mail and the label go back into their cells', () => {
    const out = norm(
      'Fonction                 Nom               Courriel                      Téléphone',
      'Administrateur           Mme Sophie        s.martin@mairie-              02 43 00 00 01',
      '                         MARTIN            exemple.fr',
      'Administrateur           M. Jean-Paul      jp.lefebvre@mairie-           02 43 00 00 03',
      'suppléant                LEFEBVRE          exemple.fr',
      'Délégué à la             Mme Anne VIAL     dpo@mairie-exemple.fr         02 43 00 00 04',
      'protection des',
      'données',
    );
    expect(out.filter(Boolean)).toEqual([
      'Fonction\tNom\tCourriel\tTéléphone',
      'Administrateur\tMme Sophie MARTIN\ts.martin@mairie-exemple.fr\t02 43 00 00 01',
      'Administrateur suppléant\tM. Jean-Paul LEFEBVRE\tjp.lefebvre@mairie-exemple.fr\t02 43 00 00 03',
      'Délégué à la protection des données\tMme Anne VIAL\tdpo@mairie-exemple.fr\t02 43 00 00 04',
    ]);
  });

  it('a line that is the next row’s start is left (a new role in capitals)', () => {
    const out = norm(
      'Administrateur\tMme Sophie MARTIN\ts.martin@x.fr',
      'Responsable sécurité\tM. Paul DURAND\tp.durand@x.fr',
    );
    expect(out[1]).toBe('Responsable sécurité\tM. Paul DURAND\tp.durand@x.fr');
  });
});

describe('a label cell wrapped over lines above its row', () => {
  it('« Responsable Sécurité et » / « Délégué à la protection des » / « données ⇥ … »', () => {
    const out = norm(
      'Fonction\tNom\tAdresse mél\tTéléphone',
      'Administrateur\tLaëtitia POILANE\tl.poilane@x.fr\t02 41 83 11 51',
      'Responsable Sécurité et',
      'Délégué à la protection des',
      'données\tBruno CHAUVEAU\tb.chauveau@x.fr\t02 41 83 11 60',
    );
    expect(out[4]).toBe(
      'Responsable Sécurité et Délégué à la protection des données\tBruno CHAUVEAU\tb.chauveau@x.fr\t02 41 83 11 60',
    );
    expect(out.slice(2, 4)).toEqual(['', '']);
  });

  it('not the end of a paragraph above a table', () => {
    const out = norm(
      'Les interlocuteurs sont désignés par le partenaire dans le tableau qui suit, qui peut être',
      'modifié',
      'par avenant\tX\tY',
    );
    expect(out[0]).toMatch(/^Les interlocuteurs/);
  });
});
