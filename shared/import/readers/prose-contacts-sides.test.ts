/**
 * Contacts in sentences that name their side without a « Pour la Caf » cue, under a numbered
 * section « Les interlocuteurs » that is no annex. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { contactsAnnex } from './contacts';
import { makeCtx } from './context';

const annex = (...lines: string[]) =>
  contactsAnnex(makeCtx(normalizeLines(lines.join('\n')))).contacts.map((c) => c.value);

describe('contacts in sentences that say their side', () => {
  it('« désigné par le CCAS », « En son absence, la suppléance … », « À la Caf, … », « … de la Caf »', () => {
    expect(
      annex(
        '7. Les interlocuteurs',
        'L’administrateur désigné par le CCAS est Mme Christelle WEBER, conseillère, joignable au 03 87 98 93 12 ou par courriel à c.weber@ccas-sarreguemines.fr. En son absence, la suppléance est assurée par M. Thomas KLEIN, agent d’accueil, joignable au 03 87 98 93 15 (t.klein@ccas-sarreguemines.fr).',
        'À la Caf, les habilitations du CCAS sont suivies par l’administratrice locale, Mme Sandrine ROTH (sandrine.roth@caf57.caf.fr, 03 87 55 61 27). Le délégué à la protection des données de la Caf peut être saisi à l’adresse dpo.cafmetz@caf.cnafmail.fr.',
        '',
        '8. Traces',
      ),
    ).toEqual([
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Christelle WEBER',
        email: 'c.weber@ccas-sarreguemines.fr',
        phones: ['03 87 98 93 12'],
      },
      {
        side: 'partner',
        role: 'administrateur-suppleant',
        name: 'Thomas KLEIN',
        email: 't.klein@ccas-sarreguemines.fr',
        phones: ['03 87 98 93 15'],
      },
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Sandrine ROTH',
        email: 'sandrine.roth@caf57.caf.fr',
        phones: ['03 87 55 61 27'],
      },
      { side: 'caf', role: 'dpo', email: 'dpo.cafmetz@caf.cnafmail.fr', phones: [] },
    ]);
  });

  it('a contrat’s section « Les interlocuteurs » naming only its escalation persons gives no contact', () => {
    expect(
      annex(
        '6. Les interlocuteurs',
        'En cas de difficulté, le partenaire contacte Mme Patricia MULLER, responsable du pôle Relations partenaires de la Caf, au 03 87 55 61 20.',
        '',
        '7. Traces',
      ),
    ).toEqual([]);
  });
});
