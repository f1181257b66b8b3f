import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { conventionNumbers, prefectureActIds, siretCandidates } from './identifiers';

const ctxOf = (...lines: string[]) => makeCtx(normalizeLines(lines.join('\n')));

describe('identifiers wherever they are labelled', () => {
  it.each([
    ['Numéro de SIRET : 267 701 647 00013', '26770164700013', 'high', false],
    ['SIRET du siège social: 267.701.647.00013', '26770164700013', 'high', false],
    ['N° SlRET 2677O164700013', '26770164700013', 'high', true],
    ['Siret : 267 701 647 00014', '26770164700014', 'low', false],
  ])('SIRET %s', (line, value, confidence, corrected) => {
    const [c] = siretCandidates(ctxOf(line), new Set());
    expect(c).toMatchObject({ value, confidence });
    expect(Boolean(c?.corrected)).toBe(corrected);
  });

  it('reads a SIRET on the line after its label, ignores an empty one, reports an unreadable one', () => {
    expect(
      siretCandidates(ctxOf('Numéro de SIRET :', '267 701 647 00013'), new Set()).map(
        (c) => c.value,
      ),
    ).toEqual(['26770164700013']);
    const blank = ctxOf('Numéro de SIRET :', 'Ci-après dénommé « le partenaire »');
    expect(siretCandidates(blank, new Set())).toEqual([]);
    expect(blank.unread).toEqual([]);
    const bad = ctxOf('Numéro de SIRET : 267 701 6## 000');
    expect(siretCandidates(bad, new Set())).toEqual([]);
    expect(bad.unread.map((u) => u.part)).toEqual(['siret']);
  });

  it.each([
    ['Convention n° 2023-267 701 647', '2023-267 701 647'],
    ['Convention n°2017-21590410300011', '2017-21590410300011'],
    ['N° de convention : 24/2025', '24/2025'],
    ['Numéro de la convention : 06 / 2017', '06 / 2017'],
    ['Convention n* 2019-0042', '2019-0042'],
    ['Convention d’accès à « Mon Compte Partenaire » n° 2022-118', '2022-118'],
    ['Convention n° SAISIR LE N° DE LA CONVENTION', undefined],
    ['Convention n° :', undefined],
    ['Convention nationale', undefined],
    ['Convention n° : 2015-O64-0031', '2015-064-0031'],
    ['Convention n° 2020-l7-5', '2020-17-5'],
    ['Convention n° 73-2022-EPCI-015', '73-2022-EPCI-015'],
    ['Convention n° 2019-B12', '2019-B12'],
    ['N° de convention : 33-2019-0087 – Partenaire : CCAS de Bègles', '33-2019-0087'],
    ['Convention n° 2022-029-CIAS-114 Caf du Finistère', '2022-029-CIAS-114'],
    ['Convention n° 2021/044/0090, signée le 3 mars 2021', '2021/044/0090'],
    ['Numéro de la convention : 06 / 2017 (avenant n° 2)', '06 / 2017'],
    ['N° de convention : CONV-2024-12 - Département de la Gironde', 'CONV-2024-12'],
    ['Référence convention : 2024-18 Pôle solidarités', '2024-18'],
    ['Convention n° 85-2020-CCPML-001 2/15', '85-2020-CCPML-001'],
    ['Convention n° 2019 12/15', '2019'],
    ['Convention n° 2019 / 15', '2019 / 15'],
  ])('number %s', (line, value) => {
    expect(conventionNumbers(ctxOf(line))[0]?.value).toBe(value);
  });

  it('drops a running footer’s page number after the convention’s number (« 3 », then « 4 », « 1O »)', () => {
    const numbers = (...lines: string[]) => conventionNumbers(ctxOf(...lines)).map((c) => c.value);
    expect(
      numbers(
        'Convention n° 2019-56-0087                    3',
        'texte',
        'Convention n° 2019-56-0087                    4',
        'Convention n° 2019-56-0087                    1O',
      ),
    ).toEqual(['2019-56-0087', '2019-56-0087', '2019-56-0087']);
    // one line alone: its last group may be the number’s own
    expect(numbers('Convention n° 2019 56')).toEqual(['2019 56']);
  });

  it('« Référence : X — Version 2024 » under a title set in a table cell', () => {
    expect(
      conventionNumbers(
        ctxOf(
          'Convention\td’accès à « Mon Compte Partenaire »',
          '',
          'Référence : 67-2024-EPCI-015 — Version 2024',
        ),
      ).map((c) => c.value),
    ).toEqual(['67-2024-EPCI-015']);
  });

  it.each([
    ['N° CAFPRO 21-2012-047', '21-2012-047'],
    ['N° Cafpro : 21-2012-047', '21-2012-047'],
    ['N° CAF 21-2012-047', '21-2012-047'],
  ])('« %s » under the title: the word after « N° » is no part of the number', (line, value) => {
    expect(
      conventionNumbers(ctxOf('CONVENTION D’ACCÈS AU SERVICE CAFPRO', line)).map((c) => c.value),
    ).toEqual([value]);
  });

  it('« Référence : X » under a title naming the convention without « d’accès »', () => {
    expect(
      conventionNumbers(
        ctxOf('CONVENTION « MON COMPTE PARTENAIRE »', 'Référence : 2019-CAF53-0042'),
      ).map((c) => c.value),
    ).toEqual(['2019-CAF53-0042']);
  });

  it('« Référence : X » under another title is no convention number', () => {
    expect(
      conventionNumbers(ctxOf('BULLETIN D’ADHÉSION', 'Référence : 2019-CAF53-0042')).map(
        (c) => c.value,
      ),
    ).toEqual([]);
  });

  it('« Convention MCP n° X – … – page 1 », a running header', () => {
    expect(
      conventionNumbers(
        ctxOf(
          'Convention MCP n° 72-2019-0086 – CC des Coteaux du Loir – Caf de la Sarthe – page 1',
        ),
      ).map((c) => c.value),
    ).toEqual(['72-2019-0086']);
  });

  it('« Réf. Caf : X » under the title', () => {
    expect(
      conventionNumbers(
        ctxOf('CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »', 'Réf. Caf : 32-2024-0007'),
      ).map((c) => c.value),
    ).toEqual(['32-2024-0007']);
  });

  it.each([
    [
      'Organisme : C.C.A.S. de LUNEL                     Convention n° CDAP-34-2012-058',
      'CDAP-34-2012-058',
    ],
    ['N/Réf. : CDAP-34-2012-058', undefined],
  ])('a number as a field after a lost column gap: %s', (line, value) => {
    expect(conventionNumbers(ctxOf(line))[0]?.value).toBe(value);
  });

  it('reads the prefecture act id anywhere', () => {
    const ctx = ctxOf(
      'Convention d’accès',
      'Acte transmis : 033-213304496-20220314-DEL2022_12-DE',
      'Identifiant de télétransmission : 76-2176O5757-20200702-lmc117618-DE-1-1',
      '(accusé de réception en préfecture : 053-255302143-20250227- DEL2025_04-DE)',
    );
    expect(prefectureActIds(ctx).map((c) => [c.value, c.corrected ?? false])).toEqual([
      ['033-213304496-20220314-DEL2022_12-DE', false],
      ['76-217605757-20200702-lmc117618-DE-1-1', true],
      ['053-255302143-20250227-DEL2025_04-DE', false],
    ]);
  });
});

describe('letters for digits inside identifiers (corrected only where the shape demands digits)', () => {
  it.each([
    // value, expected, corrected
    ['Convention n° 2014-O38-0112', '2014-038-0112', true],
    ['Convention n° 2O19/026/04l2', '2019/026/0412', true],
    ['N° de convention : CONV-2023-l7', 'CONV-2023-17', true],
    ['Convention n° 73-2022-EPCI-015', '73-2022-EPCI-015', false],
    ['Convention n° DEL-2023-087', 'DEL-2023-087', false],
    ['Convention n° D2023-15', 'D2023-15', false],
    ['Convention n° 2023-A12', '2023-A12', false],
  ])('convention number %s', (line, value, corrected) => {
    const [c] = conventionNumbers(ctxOf(line));
    expect(c?.value).toBe(value);
    expect(Boolean(c?.corrected)).toBe(corrected);
  });

  it.each([
    ['Numéro de SIRET : 267 7O1 647 OOO13', '26770164700013'],
    ['SIRET : 2677Ol647OOOl3', '26770164700013'],
    ['SIRET : 267 701 647 OOO 13', '26770164700013'],
    ['SIRET : 2677O1647000I3', '26770164700013'],
    ['SIRET : 2S77O1647OOO13', '25770164700013'],
    ['SIRET : 267 7B1 647 00013', '26778164700013'],
  ])('SIRET %s', (line, value) => {
    const [c] = siretCandidates(ctxOf(line), new Set());
    expect(c?.value).toBe(value);
    expect(c?.corrected).toBe(true);
  });

  it('reads a SIRET with look-alike letters on the line after its label', () => {
    expect(
      siretCandidates(ctxOf('Numéro de SIRET :', '267 7O1 647 OOOl3'), new Set()).map((c) => [
        c.value,
        c.corrected,
      ]),
    ).toEqual([['26770164700013', true]]);
  });

  describe('the convention number after the partner on one line', () => {
    it.each([
      ['Partenaire : Commune de Sainte-Foy – Convention n° 2024-017', '2024-017'],
      ['Partenaire : CCAS de Vitré - N° de convention 2022-35', '2022-35'],
      ['Partenaire : CCAS de Vitré, référence de la convention : 35/2022/07', '35/2022/07'],
    ])('%s', (line, number) => {
      expect(conventionNumbers(ctxOf(line)).map((c) => c.value)).toEqual([number]);
    });
  });
});

describe('identifiers cut over two lines', () => {
  it.each([
    [
      ['la Commune de X, n° SIRET 213', '901 986 00017, représentée par son Maire'],
      '21390198600017',
    ],
    [['SIRET : 267 701', '647 00013'], '26770164700013'],
    // the next line's digits would make too many: nothing joined
    [['n° SIRET 213', '901 986 00017 12, représentée'], undefined],
  ])('SIRET %j', (lines, value) => {
    expect(siretCandidates(ctxOf(...lines), new Set())[0]?.value).toBe(value);
  });

  it.each([
    [
      ['DE FLERS 061-266100544-20200702-CCAS2020_17-', '4 rue de la Boule - 61100 FLERS DE'],
      '061-266100544-20200702-CCAS2020_17-DE',
    ],
    [
      ['VILLE DE X 061-266100544-20200702-CCAS2020_17-', '4 rue de la Boule - 61100 FLERS'],
      undefined,
    ],
  ])('a letterhead stamp in two columns %j', (lines, value) => {
    expect(prefectureActIds(ctxOf(...lines))[0]?.value).toBe(value);
  });
});
