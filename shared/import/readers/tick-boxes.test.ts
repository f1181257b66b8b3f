import { describe, expect, it } from 'vitest';
import { boxState, leadingBox } from './tick-boxes';
import { makeCtx } from './context';
import { managementMode } from './contrat-mode';
import { normalizeLines } from '../normalize';
import { read } from './missions-test-support';

describe('tick boxes as Word, a PDF or an OCR gives them', () => {
  it.each([
    ['[X]', 'ticked'],
    ['[x]', 'ticked'],
    ['[ x ]', 'ticked'],
    ['[xl', 'ticked'],
    ['☒', 'ticked'],
    ['☑', 'ticked'],
    ['✔', 'ticked'],
    ['(x)', 'ticked'],
    ['[ ]', 'empty'],
    ['[]', 'empty'],
    ['[l', 'empty'],
    ['[ |', 'empty'],
    ['[_]', 'empty'],
    ['☐', 'empty'],
    ['□', 'empty'],
    ['( )', 'empty'],
    ['[¥]', 'unreadable'],
    ['[%]', 'unreadable'],
    ['[»', 'unreadable'],
    ['[v]', 'unreadable'],
  ])('%s', (box, state) => {
    expect(boxState(box)).toBe(state);
  });

  it.each(['- Instruction', 'Instruction', '(1) Instruction', '1) Instruction'])(
    'no box: %s',
    (line) => {
      expect(leadingBox(line)).toBeUndefined();
    },
  );
});

describe('the management mode chosen by tick boxes', () => {
  const mode = (...lines: string[]) => {
    const ctx = makeCtx(normalizeLines(lines.join('\n')));
    return { mode: managementMode(ctx).map((m) => m.value), unread: ctx.unread.map((u) => u.part) };
  };
  const LEAD = 'Le mode de gestion des habilitations retenu par les parties est :';
  it.each([
    [[LEAD, '[X] mode délégué', '[ ] mode centralisé'], ['délégué']],
    [[LEAD, '[ ] mode délégué', '[X] mode centralisé'], ['centralisé']],
    [[LEAD, '[] mode délégué', '[x] mode centralisé'], ['centralisé']],
    [[LEAD, '[x] mode délégué', '[l mode centralisé'], ['délégué']],
    [[LEAD, '☐ Gestion centralisée par la Caf ☒ Gestion déléguée au partenaire'], ['délégué']],
    [[LEAD, '', '☒ centralisé', '', '☐ délégué'], ['centralisé']],
  ])('%j', (lines, expected) => {
    const r = mode(...lines);
    expect(r.mode).toEqual(expected);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [[LEAD, '[¥] mode délégué', '[ ] mode centralisé']],
    [[LEAD, '[X] mode délégué', '[X] mode centralisé']],
    [[LEAD, '[%] mode délégué [»  mode centralisé']],
  ])('unreadable ticks: no mode, flagged (%j)', (lines) => {
    const r = mode(...lines);
    expect(r.mode).toEqual([]);
    expect(r.unread).toEqual(['mode']);
  });

  it('boxes all left empty: no mode, nothing flagged (a blank form)', () => {
    const r = mode(LEAD, '[ ] mode délégué', '[ ] mode centralisé');
    expect(r.mode).toEqual([]);
    expect(r.unread).toEqual([]);
  });
});

describe('missions ticked in OCR boxes', () => {
  const around = (...items: string[]) =>
    read(
      'Article 8 – Missions du partenaire',
      'Cochez les missions exercées :',
      ...items,
      '',
      'Article 9 – Engagements',
    );
  it('reads the ticked ones through OCR box shapes', () => {
    expect(
      around(
        '[x] Instruction des aides facultatives',
        '[l Domiciliation des personnes',
        '[] Accompagnement social',
        '[X] Aide au logement',
      ).missions,
    ).toEqual(['Instruction des aides facultatives', 'Aide au logement']);
  });
  it('flags an item whose tick cannot be read', () => {
    const r = around(
      '[x] Instruction des aides facultatives',
      '[¥] Domiciliation des personnes',
      '[ ] Accompagnement social',
    );
    expect(r.missions).toEqual(['Instruction des aides facultatives']);
    expect(r.unread).toEqual(['missions']);
  });
});
