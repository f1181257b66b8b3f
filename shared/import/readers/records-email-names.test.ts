import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';

const SECTION = 'Annexe 1 – Les interlocuteurs chez le partenaire';

describe('names a layout put on the row above, set right by the rows’ e-mails', () => {
  it.each<[string, string[], [string, string | undefined, string | undefined][]]>([
    [
      'name cells drawn around their rows (the name above, the job title below)',
      [
        'Fonction Nom et qualité Adresse mél Téléphone',
        'Administrateurs',
        'Lucie HUMBERT',
        'Administrateur Directrice du pôle l.humbert@ornans.fr 03 81 22 40 10',
        'social',
        'Paul ROCHE',
        'Administrateur suppléant Agent d’accueil p.roche@ornans.fr 03 81 22 40 11',
        'Marc VIDAL',
        'Responsable Sécurité Technicien m.vidal@ornans.fr 03 81 22 40 12',
      ],
      [
        ['administrateur', 'Lucie HUMBERT', 'l.humbert@ornans.fr'],
        ['administrateur-suppleant', 'Paul ROCHE', 'p.roche@ornans.fr'],
        ['responsable-securite', 'Marc VIDAL', 'm.vidal@ornans.fr'],
      ],
    ],
    [
      'one person in two rows, each with its e-mail: the name stays on both',
      [
        'Administrateur\tHugo LAMBERT\th.lambert@ornans.fr',
        'Délégué à la protection des données\tHugo LAMBERT\tdpo@cdg25.fr',
      ],
      [
        ['administrateur', 'Hugo LAMBERT', 'h.lambert@ornans.fr'],
        ['dpo', 'Hugo LAMBERT', 'dpo@cdg25.fr'],
      ],
    ],
    [
      'a row whose e-mail sits by a name no e-mail spells keeps it, and so does the row above',
      [
        'Administrateur\tPaul ROCHE\tsecretariat@ornans.fr',
        'Responsable sécurité\tMarc VIDAL\tp.roche@ornans.fr',
      ],
      [
        ['administrateur', 'Paul ROCHE', 'secretariat@ornans.fr'],
        ['responsable-securite', 'Marc VIDAL', 'p.roche@ornans.fr'],
      ],
    ],
  ])('%s', (_, lines, expected) => {
    const { contacts } = annex(SECTION, ...lines);
    expect(contacts.map((c) => [c.role, c.name, c.email])).toEqual(expected);
  });
});
