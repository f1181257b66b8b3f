import { describe, expect, it } from 'vitest';
import { findDates, readNote, readStatus, type StatusKind } from './roster-notes';

describe('status and remarks', () => {
  it.each<[string, StatusKind | undefined]>([
    ['En poste', 'present'],
    ['actif', 'present'],
    ['CDD', 'present'],
    ['Vacataire', 'present'],
    ['PARTIE', 'departed'],
    ['Parti(e)', 'departed'],
    ['Retraitée', 'departed'],
    ['mutation', 'departed'],
    ['mutation interne', 'present'],
    ['démissionnaire', 'departed'],
    ['Congé longue maladie', 'absent'],
    ['en congé parental', 'absent'],
    ['disponibilité', 'absent'],
    ['à voir', undefined],
    ['', undefined],
  ])('status « %s » → %s', (raw, kind) => {
    expect(readStatus(raw)).toBe(kind);
  });

  it('finds the dates of a text in their forms', () => {
    expect(
      findDates('du 2/3/21 au 1er oct. 2022, puis 2023-05-04 (et 45/12/2020)').map((d) => d.date),
    ).toEqual(['2021-03-02', '2022-10-01', '2023-05-04']);
  });

  it.each<[string, Partial<ReturnType<typeof readNote>>]>([
    ['partie le 31/01/2025', { departure: { date: '2025-01-31' } }],
    ['Départ à la retraite prévu le 1er juil. 2027', { departure: { date: '2027-07-01' } }],
    ['A quitté le service le 3/9/2024 (mutation Rennes)', { departure: { date: '2024-09-03' } }],
    ['12/05/2025 : mutée à la métropole', { departure: { date: '2025-05-12' } }],
    ['fin de contrat', { departure: {} }],
    // two different departure dates: not certain
    ['parti le 01/02/2024, revenu puis reparti le 01/02/2025', { departure: {} }],
    ['congé maternité jusqu’au 15/01/2027', { absence: true }],
    ['en arrêt maladie depuis le 04/04/2026', { absence: true }],
    ['remplace Mme X, partie en congé', { absence: true }],
    ['arrivée le 02/11/2026', { arrival: '2026-11-02' }],
    ['T5 ajouté le 03/04/2024', { grantDates: [{ code: 'T5', date: '2024-04-03' }] }],
    [
      'profil T1 retiré le 01/06/2025, T13 accordé le 02/06/2025',
      {
        revocations: [{ codes: ['T1'], date: '2025-06-01' }],
        grantDates: [{ code: 'T13', date: '2025-06-02' }],
      },
    ],
    ['accès désactivé le 05/05/2025', { revocations: [{ codes: [], date: '2025-05-05' }] }],
    ['réunion le 05/05/2025', { otherDates: ['2025-05-05'] }],
    ['utilise la boîte partagée', {}],
    ['mutation interne au pôle logement le 01/03/2024', { otherDates: ['2024-03-01'] }],
    ['changement de service : départ de l’accueil le 02/02/2025', { otherDates: ['2025-02-02'] }],
  ])('remark « %s »', (raw, expected) => {
    expect(readNote(raw)).toEqual({
      revocations: [],
      grantDates: [],
      absence: false,
      otherDates: [],
      ...expected,
    });
  });
});
