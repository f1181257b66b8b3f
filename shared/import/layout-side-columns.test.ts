import { describe, expect, it } from 'vitest';
import { sideColumnsFromLayout } from './layout-side-columns';
import { contrat } from './readers/contrat-test-support';

const BLOCKS = [
  '                         Pour la Caf                                      Pour le partenaire',
  '1. M. Régis DUNAND                                        1. Mme Nathalie BAUD',
  'Administrateur local                                      Directrice',
  '04 50 88 63 14                                            04 50 71 26 91',
  '',
  'Association Le Relais – paraphe :                      Page 9 sur 14',
  'Caf de la Haute-Savoie                          Convention n° HS-2024-MCP-0218',
  '2. Mme Léa COMBAZ                                         2. M. Fabien VULLIEZ',
  'Responsable du service Relations partenaires              Chef de service CHRS',
  '04 50 88 63 02                                            04 50 71 26 95',
];

describe('blocks printed side by side (pdftotext -layout)', () => {
  it('each line becomes « left ⇥ right », a centred header included; a running header is left', () => {
    const out = sideColumnsFromLayout(BLOCKS);
    expect(out).toEqual([
      'Pour la Caf\tPour le partenaire',
      '1. M. Régis DUNAND\t1. Mme Nathalie BAUD',
      'Administrateur local\tDirectrice',
      '04 50 88 63 14\t04 50 71 26 91',
      '',
      BLOCKS[5],
      BLOCKS[6],
      '2. Mme Léa COMBAZ\t2. M. Fabien VULLIEZ',
      'Responsable du service Relations partenaires\tChef de service CHRS',
      '04 50 88 63 02\t04 50 71 26 95',
    ]);
  });

  it.each([
    [
      'signatures side by side (no phone, no e-mail)',
      [
        '       Pour la Caf                                 Pour la commune',
        '       Le Directeur                                Le Maire',
        '       Jean-Marc PAVAGEAU                          Philippe ROBIN',
      ],
    ],
    [
      'a table of one side only',
      [
        '       Pour la Caf                                 Pour la commune',
        '       M. Paul ROCHE   04 75 10 20 30',
        '       Mme Anne VIAL   04 75 10 20 31',
      ],
    ],
    [
      'justified prose',
      ['Pour la Caf,    la directrice      signe.', 'Pour mémoire :   voir annexe.'],
    ],
  ])('left alone: %s', (_, lines) => {
    expect(sideColumnsFromLayout(lines)).toEqual(lines);
  });

  it('the escalation reader takes each column as its side, in order', () => {
    const esc = contrat(
      'Article 3.3 – La procédure d’escalade en cas d’urgence',
      'Les interlocuteurs sont à contacter dans l’ordre indiqué :',
      '',
      ...BLOCKS,
    ).escalation;
    expect(esc.map((e) => [e.value.side, e.value.name, e.value.function, e.value.phone])).toEqual([
      ['caf', 'Régis DUNAND', 'Administrateur local', '04 50 88 63 14'],
      ['caf', 'Léa COMBAZ', 'Responsable du service Relations partenaires', '04 50 88 63 02'],
      ['partner', 'Nathalie BAUD', 'Directrice', '04 50 71 26 91'],
      ['partner', 'Fabien VULLIEZ', 'Chef de service CHRS', '04 50 71 26 95'],
    ]);
  });
});
