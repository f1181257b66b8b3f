/**
 * A town hall's Excel list of 25 agents, as offices keep it: a title line above the
 * headers, accents and compound names, a departed agent, two social workers listed T1 that
 * the Lieusaint bulletin does not provide, a newcomer over the T13 quota (4), and the
 * annex-1 Administrateur and suppléant (already in the register after the convention import).
 */
import ExcelJS from 'exceljs';

export interface ListedAgent {
  lastName: string;
  firstName: string;
  function: string;
  email: string;
  phone: string;
  profile?: string;
  grantedOn?: string;
  departedOn?: string;
  portalRole?: string;
}

const d = (iso: string) => iso.split('-').reverse().join('/');

export function townHallAgents(departedOn: string): ListedAgent[] {
  const mail = (first: string, last: string) =>
    `${first[0]}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase() + '@ville-lieusaint.fr';
  const a = (
    lastName: string,
    firstName: string,
    fn: string,
    extra: Partial<ListedAgent> = {},
    n = 10,
  ): ListedAgent => ({
    lastName,
    firstName,
    function: fn,
    email: mail(firstName, lastName),
    phone: `01 64 13 55 ${String(n).padStart(2, '0')}`,
    ...extra,
  });
  return [
    a(
      'DJIRE',
      'Véronique',
      'Responsable du CCAS',
      {
        portalRole: 'Administrateur',
        email: 'v.djire@ville-lieusaint.fr',
        phone: '01 64 13 55 88',
      },
      88,
    ),
    a(
      'COFFI',
      'Sandrine',
      'Adjointe à la responsable du CCAS',
      {
        profile: 'T13',
        grantedOn: '2024-02-01',
        portalRole: 'Administrateur suppléant',
        email: 's.coffi@ville-lieusaint.fr',
        phone: '01 64 13 55 76',
      },
      76,
    ),
    a(
      'MARCHAND',
      'Lucie',
      'Agent d’accueil social',
      { profile: 'T13', grantedOn: '2024-02-01', phone: '06 12 34 56 78' },
      11,
    ),
    a(
      'BENALI',
      'Karim',
      'Agent administratif',
      { profile: 'T13', grantedOn: '2024-02-01', departedOn },
      12,
    ),
    a(
      'ROUSSEL',
      'Paul',
      'Agent administratif en polyvalence de secteur',
      { profile: 'T13', grantedOn: '2024-03-15' },
      13,
    ),
    a('BERNARD', 'Léa', 'Assistante sociale', { profile: 'T1', grantedOn: '2024-03-15' }, 14),
    a(
      'FAURE-D’ALMEIDA',
      'Hélène',
      'Assistante sociale',
      { profile: 'T1', grantedOn: '2024-03-15' },
      15,
    ),
    a(
      'NGUYEN-LEFÈVRE',
      'Thi-Mai',
      'Conseillère en économie sociale et familiale',
      { profile: 'T13', grantedOn: '2026-01-05' },
      16,
    ),
    a('LE GALL-MARTIN', 'Marie-Hélène', 'Secrétaire', {}, 17),
    a('N’DIAYE', 'Aïssatou', 'Agent d’accueil', {}, 18),
    a('ÉTIENNE', 'Chloé', 'Chargée de mission', {}, 19),
    a('DE LA FONTAINE', 'Jean-Baptiste', 'Directeur général des services', {}, 20),
    a('MÜLLER', 'François', 'Comptable', {}, 21),
    a('GIRAUD', 'Anaïs', 'Agent de résidence autonomie', {}, 22),
    a('PETIT', 'Noël', 'Agent d’entretien', {}, 23),
    a('LEMAÎTRE', 'Maëlle', 'Animatrice', {}, 24),
    a('ROBERT', 'Jérôme', 'Agent de portage de repas', {}, 25),
    a('DUBOIS', 'Cécile', 'Auxiliaire de vie', {}, 26),
    a('MOREAU', 'Benoît', 'Auxiliaire de vie', {}, 27),
    a('LAURENT', 'Inès', 'Gestionnaire RH', {}, 28),
    a('SIMON', 'Gaëlle', 'Agent d’accueil', {}, 29),
    a('MICHEL', 'Hervé', 'Agent technique', {}, 30),
    a('GARCIA', 'Zoé', 'Apprentie', {}, 31),
    a('DAVID', 'Loïc', 'Chauffeur', {}, 32),
    a('BERTRAND', 'Françoise', 'Médiatrice', {}, 33),
  ];
}

export async function townHallXlsx(agents: readonly ListedAgent[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Agents');
  ws.addRow(['Liste des agents — CCAS de Lieusaint (mise à jour du service RH)']);
  ws.addRow([]);
  ws.addRow([
    'Nom',
    'Prénom',
    'Fonction',
    'Mél',
    'Téléphone',
    'Profil',
    'Date d’habilitation',
    'Date de départ',
    'Rôle dans le portail',
  ]);
  for (const a of agents) {
    ws.addRow([
      a.lastName,
      a.firstName,
      a.function,
      a.email,
      a.phone,
      a.profile ?? '',
      a.grantedOn ? d(a.grantedOn) : '',
      a.departedOn ? d(a.departedOn) : '',
      a.portalRole ?? '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
