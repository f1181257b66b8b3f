import { describe, expect, it } from 'vitest';
import { proseQuota } from './bulletin-quotas';
import { read } from './bulletins-test-support';

describe('a bulletin written in sentences', () => {
  it.each([
    [
      '« Service : Cdap – <label> »',
      [
        'Bulletin d’adhésion au service Cdap',
        'Service : Cdap – Consultation du dossier allocataire par les partenaires',
      ],
    ],
    [
      '« Article 1 – Description du service <label> » cut after « par », « les partenaires » below',
      [
        'Annexe 2 – Bulletin d’adhésion au service Cdap',
        '',
        'Article 1 – Description du service Consultation du dossier allocataire par',
        'les partenaires',
        '',
        'Le service Cdap permet à des partenaires habilités de consulter diverses données.',
      ],
    ],
    [
      '« Le service Cdap (<label>) permet … »',
      [
        'Annexe 2 – Bulletin d’adhésion au service : Cdap',
        'Le service Cdap (Consultation du dossier allocataire par les partenaires) permet aux agents habilités de consulter les droits.',
      ],
    ],
  ])('the service label: %s', (_, lines) => {
    expect(read(...lines, 'T1\t2').bulletins[0]?.serviceLabel).toBe(
      'Consultation du dossier allocataire par les partenaires',
    );
  });

  it.each([
    [
      'a known service under another article number',
      'ARTICLE 3 – Description du service Consultation du dossier allocataire par les partenaires',
      'Consultation du dossier allocataire par les partenaires',
    ],
    [
      'other words under another article number',
      'Article 4 – Conditions de la description du service rendu aux familles',
      undefined,
    ],
  ])('the label from a « Description du service » article: %s', (_, line, label) => {
    expect(
      read('Bulletin d’adhésion au service : Cdap', '', line, 'T1\t2').bulletins[0]?.serviceLabel,
    ).toBe(label);
  });

  it('a « Code profil Quota » header row', () => {
    const r = read(
      'Bulletin d’adhésion au service : Cdap',
      'Code profil Quota',
      'T1',
      'T2 4',
      'T9 6',
      'T13',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T2=4', 'T9=6']);
  });

  it('one profile opened in prose, capped in the next sentence', () => {
    const r = read(
      'Annexe 2.3 – Épicerie solidaire – Bulletin d’adhésion au service Cdap',
      '',
      'Pour cette structure, le seul profil ouvert est le profil T2 (prestataires de services sociaux). Le nombre maximal d’utilisateurs est limité à trois (3).',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T2=3']);
  });

  it.each([
    [
      'two profiles, one cap',
      'Les profils T1 et T13 sont ouverts ; le nombre d’habilitations est fixé à 4.',
    ],
    [
      'one profile, two caps',
      'Le profil T1 est ouvert. Le nombre d’habilitations est fixé à 2, puis porté à 4 au 1er janvier.',
    ],
    [
      'no word of number or access',
      'Le profil T1 est ouvert ; le délai de réponse est fixé à 5 jours.',
    ],
  ])('nothing guessed: %s', (_, sentence) => {
    expect(proseQuota(sentence)).toBeUndefined();
  });
});
