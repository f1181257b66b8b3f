/** Section titles and table headers of the review report, shared by the PDF, the CSV and the tests. */

export const REVIEW_REPORT_SECTIONS = [
  '1. Identification de la revue',
  '2. Synthèse',
  '3. Habilitations par bulletin et par profil',
  '4. Détail des habilitations revues',
  '5. Engagements du partenaire',
  '6. Attestation',
] as const;

/** The section of a review opened from the portal's list, after section 3. */
export const REVIEW_REPORT_PORTAL_SECTION = '3 bis. Rapprochement avec la liste du portail';
/** Its heading in the CSV (no number: the CSV has no other section titles). */
export const PORTAL_CSV_HEADING = 'Rapprochement avec la liste du portail';
export const PORTAL_KIND_HEADER = [
  'Écart',
  'Article',
  'Constatés',
  'Traités',
  'Expliqués',
  'Restant à traiter',
] as const;
export const PORTAL_DIFFERENCE_HEADER = [
  'Écart',
  'Compte ou agent',
  'Traitement',
  'Par',
  'Le',
] as const;
/** Beyond this many differences the PDF lists the first ones and points to the CSV. */
export const PORTAL_PDF_MAX_ROWS = 300;

export const REVIEW_TABLE_HEADER = [
  'NOM Prénom',
  'Fonction',
  'Service / site',
  'Profil',
  'Accordée le',
  'Décision',
  'Motif',
  'Décidé par',
  'Appliqué dans le portail le',
] as const;
