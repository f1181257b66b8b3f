/**
 * What the bench register is drawn from: French names, functions, services, bulletins,
 * revocation reasons, the years of reviews, and the seeded draws themselves (the same seed
 * gives the same register).
 */
import { seededRandom } from '../../shared/domain/testing/seeded-random';

export const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
  'VINCENT',
  'MÜLLER',
  'LEFEBVRE',
  'FAURE',
  'ANDRÉ',
  'MERCIER',
  'BLANC',
  'GUÉRIN',
  'BOYER',
  'GARNIER',
  'CHEVALIER',
  'FRANÇOIS',
  'LEGRAND',
  'GAUTHIER',
  'GARCIA',
  'PERRIN',
  'ROBIN',
  'CLÉMENT',
  'MORIN',
  'NICOLAS',
  'HENRY',
  'ROUSSEL',
  'MATHIEU',
  'GAUTIER',
  'MASSON',
  'BENALI',
  'COFFI',
  'DJIRE',
  'NGUYEN',
  'DIALLO',
  'OUEDRAOGO',
  'DA SILVA',
  'PEREIRA',
  'BOUCHARD',
  'LE GALL',
];
export const FIRST_NAMES = [
  'Élodie',
  'Karim',
  'Sandrine',
  'Lucie',
  'Paul',
  'Véronique',
  'Hélène',
  'François',
  'Zoé',
  'Chloé',
  'Jérôme',
  'Amélie',
  'Noël',
  'Inès',
  'Gaëlle',
  'Mathéo',
  'Léa',
  'Yasmine',
  'Aurélien',
  'Thérèse',
  'Marie',
  'Jean',
  'Camille',
  'Nicolas',
  'Sophie',
  'Mehdi',
  'Fatou',
  'Loïc',
  'Anaïs',
  'Benoît',
];
export const FUNCTIONS = [
  'Agent d’accueil social',
  'Instructeur FSL',
  'Conseillère en économie sociale et familiale',
  'Assistante sociale',
  'Agent administratif, instruction RSA',
  'Responsable de secteur',
  'Travailleur social polyvalent',
  'Chargé d’accueil',
  'Référent logement',
  'Coordinatrice « aides facultatives »',
];
export const SERVICES = [
  'Accueil',
  'Action sociale',
  'Logement',
  'Insertion',
  'Seniors',
  'Petite enfance',
  'Maison des solidarités Nord',
  'Maison des solidarités Sud',
  'Direction',
  'Espace France services',
];
export const BULLETIN_SEEDS: { serviceCode: string; siteLabel?: string }[] = [
  { serviceCode: 'CDAP' },
  { serviceCode: 'CDAP', siteLabel: 'Antenne Nord' },
  { serviceCode: 'CDAP', siteLabel: 'Antenne Sud' },
  { serviceCode: 'AFAS' },
];
export const REASONS = [
  'Départ de l’agent',
  'Changement de fonction',
  'Fin de mission FSL',
  'Profil inutile depuis la réorganisation',
];
export const YEARS = [2021, 2022, 2023, 2024, 2025];

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const asciiFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export interface Draws {
  rnd: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
  /** A day between the two years (days 1–28). */
  date: (fromYear: number, toYear: number) => string;
  /** An instant of the day, at the hour (minutes drawn). */
  instant: (day: string, hour?: number) => string;
}

export function seededDraws(seed: number): Draws {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const date = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const instant = (day: string, hour = 9) => `${day}T${pad(hour)}:${pad(int(0, 59))}:00.000Z`;
  return { rnd, pick, int, date, instant };
}
