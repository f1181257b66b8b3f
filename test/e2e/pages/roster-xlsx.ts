import ExcelJS from 'exceljs';
import { daysAgo } from './register';

/**
 * A town hall's Excel list of 25 agents as offices keep it: a merged title line and a blank
 * line above the header, a hidden « Matricule » column, an « Observations » column, arrival
 * dates as real Excel dates (one as a bare serial number), departure dates typed as text,
 * accents and compound names, one person listed twice (written differently), a totals row.
 * In it: a departed agent holding T13, two social workers listed T1 (which the Lieusaint
 * bulletin does not provide), and a newcomer over the T13 quota (4).
 */
export interface ListedAgent {
  lastName: string;
  firstName: string;
  function: string;
  email: string;
  arrivedOn: string;
  departedOn?: string;
  profile?: string;
  role?: string;
  login?: string;
}

const others: [string, string, string][] = [
  ['LE GOFF', 'Maël', 'Agent d’accueil'],
  ['ÉTIENNE', 'Noël', 'Agent administratif'],
  ['DA SILVA', 'João', 'Agent d’entretien'],
  ['ŒUVRARD', 'Chloé', 'Secrétaire'],
  ['SAINT-JUST', 'Jean-Baptiste', 'Chargé de mission'],
  ['MÜLLER', 'Anaïs', 'Agent d’accueil'],
  ['N’DIAYE', 'Aminata', 'Médiatrice sociale'],
  ['DUPONT', 'Zoé', 'Agent administratif'],
  ['GARCIA', 'Inès', 'Comptable'],
  ['ROUSSEL', 'Paul', 'Agent administratif'],
  ['LEROY', 'Céline', 'Agent d’accueil'],
  ['MOREAU', 'Théo', 'Apprenti'],
  ['FOURNIER', 'Élise', 'Agent administratif'],
  ['GIRARD', 'Loïc', 'Agent technique'],
  ['BONNET', 'Clémence', 'Animatrice'],
  ['LAMBERT', 'Agathe', 'Agent d’accueil'],
  ['FONTAINE', 'François', 'Agent administratif'],
  ['MARTIN-DUPONT', 'Anne-Sophie', 'Conseillère numérique'],
];

const mail = (first: string, last: string) =>
  `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/[^a-zA-Z.-]/g, '')
    .toLowerCase() + '@ville-lieusaint.fr';

export function listedAgents(): ListedAgent[] {
  return [
    {
      lastName: 'DJIRÉ',
      firstName: 'Véronique',
      function: 'Responsable du CCAS',
      email: mail('veronique', 'djire'),
      arrivedOn: '2019-09-01',
      profile: 'T13',
      role: 'Administrateur',
      login: 'vdjire77',
    },
    {
      lastName: 'COFFI',
      firstName: 'Sandrine',
      function: 'Adjointe à la responsable du CCAS',
      email: mail('sandrine', 'coffi'),
      arrivedOn: '2020-03-02',
      profile: 'T13',
      role: 'Administrateur suppléant',
      login: 'scoffi77',
    },
    {
      lastName: 'BENALI',
      firstName: 'Karim',
      function: 'Instructeur FSL',
      email: mail('karim', 'benali'),
      arrivedOn: '2021-01-04',
      departedOn: daysAgo(40),
      profile: 'T13',
      role: 'Utilisateur',
      login: 'kbenali77',
    },
    {
      lastName: 'MARCHAND',
      firstName: 'Lucie',
      function: 'Agent d’accueil social',
      email: mail('lucie', 'marchand'),
      arrivedOn: '2022-05-16',
      profile: 'T13',
      role: 'Utilisateur',
      login: 'lmarchand77',
    },
    {
      lastName: 'NGUYEN-LEFÈVRE',
      firstName: 'Thi-Mai',
      function: 'Instructrice FSL',
      email: mail('thi-mai', 'nguyen-lefevre'),
      arrivedOn: daysAgo(20),
      profile: 'T13',
      role: 'Utilisateur',
    },
    {
      lastName: 'BERNARD',
      firstName: 'Léa',
      function: 'Assistante sociale',
      email: mail('lea', 'bernard'),
      arrivedOn: '2018-09-15',
      profile: 'T1',
      role: 'Utilisateur',
    },
    {
      lastName: 'FAURE-D’ALMEIDA',
      firstName: 'Hélène',
      function: 'Conseillère en économie sociale et familiale',
      email: mail('helene', 'faure-dalmeida'),
      arrivedOn: '2017-02-01',
      profile: 'T1',
      role: 'Utilisateur',
    },
    ...others.map(([lastName, firstName, fn], i) => ({
      lastName,
      firstName,
      function: fn,
      email: mail(firstName, lastName),
      arrivedOn: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    })),
  ];
}

const frDate = (iso: string) => iso.split('-').reverse().join('/');
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const serial = (iso: string) =>
  Math.round((utc(iso).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

export async function townHallXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Agents');
  const headers = [
    'Matricule',
    'NOM',
    'Prénom',
    'Fonction',
    'Service',
    'Mail',
    'Tél.',
    'Date d’arrivée',
    'Date de départ',
    'Profil Cdap',
    'Rôle dans le portail',
    'Identifiant portail',
    'Observations',
  ];
  sheet.addRow(['Liste des agents — CCAS de Lieusaint — mise à jour du service RH']);
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([]);
  sheet.addRow(headers);
  const agents = listedAgents();
  agents.forEach((a, i) => {
    const row = sheet.addRow([
      `M${1000 + i}`,
      a.lastName,
      a.firstName,
      a.function,
      'Pôle solidarité',
      a.email,
      `01 64 13 55 ${String(10 + i).padStart(2, '0')}`,
      // One arrival lost its date format: Excel shows the serial number.
      i === 9 ? serial(a.arrivedOn) : utc(a.arrivedOn),
      a.departedOn ? frDate(a.departedOn) : '',
      a.profile ?? '',
      a.role ?? '',
      a.login ?? '',
      i === 2 ? 'Mutation vers la Ville' : '',
    ]);
    if (i !== 9) row.getCell(8).numFmt = 'dd/mm/yyyy';
  });
  // The same person again, written differently (a second line from another service's list).
  const dup = agents.find((a) => a.lastName === 'MARTIN-DUPONT')!;
  sheet.addRow([
    'M2000',
    'Martin Dupont',
    'Anne Sophie',
    dup.function,
    'Médiathèque',
    dup.email.toUpperCase(),
    '',
    '',
    '',
    '',
    '',
    '',
    'Aussi à la médiathèque',
  ]);
  sheet.addRow([]);
  sheet.addRow(['', 'Total', agents.length + 1]);
  sheet.getColumn(1).hidden = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
