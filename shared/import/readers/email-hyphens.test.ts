import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';

const doc = (escalationEmail: string, annexEmail: string) =>
  extractConvention(
    [
      'Contrat de services',
      'Article 1 – Objet du contrat de services',
      'Article 3.3 – La procédure d’escalade',
      `Pour le partenaire : Mme Sylvie ROQUES, Directrice – 05 65 34 22 90 – ${escalationEmail}`,
      '',
      'Annexe 1 – Les interlocuteurs',
      'Les interlocuteurs chez le partenaire',
      'Rôle\tNom\tAdresse mél\tTéléphone',
      `Administrateur\tSylvie ROQUES\t${annexEmail}\t05 65 34 22 90`,
    ].join('\n'),
  );

describe('an e-mail whose hyphen a line break swallowed', () => {
  it('takes the spelling the document writes whole elsewhere', () => {
    const r = doc('direction@lesbruyeresfigeac.org', 'direction@lesbruyeres-figeac.org');
    expect(r.serviceContract.escalation[0]?.value.email).toBe('direction@lesbruyeres-figeac.org');
    expect(r.contacts[0]?.value.email).toBe('direction@lesbruyeres-figeac.org');
  });

  it('leaves an address alone when no hyphenated spelling is written', () => {
    const r = doc('direction@lesbruyeresfigeac.org', 'direction@lesbruyeresfigeac.org');
    expect(r.serviceContract.escalation[0]?.value.email).toBe('direction@lesbruyeresfigeac.org');
  });
});
