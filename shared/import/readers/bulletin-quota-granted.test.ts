import { describe, expect, it } from 'vitest';
import { read } from './bulletins-test-support';

const TITLE = 'Bulletin d’adhésion au service : Cdap';
const END = 'Seul le nombre accordé par la Caf fait foi.';

describe('a quota table giving the number asked for and the number granted', () => {
  it.each([
    [
      'header wrapped over lines, granted on the right, a label wrapped around its numbers',
      [
        'Nombre d’habilitations',
        'Nombre maximum',
        'Profil demandé par le',
        'accordé par la Caf',
        'partenaire',
        'T1 – Action sociale 4 3',
        'T2 – Prestataires services sociaux',
        'T5 – Chargés de suivi des dossiers RSA et',
        '1 0',
        'accompagnement des Brsa',
        'T13 – Commissions Fsl 2 2',
      ],
      ['T1=3', 'T5=0', 'T13=2'],
    ],
    [
      'granted on the left, tab cells, « – » for none',
      ['Profil\tNombre attribué par la Caf\tNombre sollicité', 'T1\t2\t5', 'T4\t–\t1', 'T13\t1\t1'],
      ['T1=2', 'T13=1'],
    ],
    [
      'cells one per line, an empty granted cell written « – »',
      [
        'Profil',
        'Libellé',
        'Demandés',
        'Accordés',
        'T1',
        'Action sociale',
        '4',
        '3',
        'T2',
        'Prestataires',
        '2',
        '–',
        'T13',
        'Commissions Fsl',
        '1',
        '1',
      ],
      ['T1=3', 'T13=1'],
    ],
  ])('%s', (_, rows, quotas) => {
    expect(read(TITLE, ...rows, END).bulletins[0]?.quotas).toEqual(quotas);
  });

  it('two numbers with no header saying which is granted: not read this way', () => {
    const r = read(TITLE, 'Profil\tNombre', 'T1 – Action sociale 4 3', END);
    expect(r.bulletins[0]?.quotas).not.toContain('T1=4');
  });
});
