/**
 * What a PDF gave the importer, and what to tell the user when it gave (almost) nothing: a
 * scan without a text layer, a scan whose only text is a stamp, a damaged or protected file.
 */

/** Letters on a page below which the page is taken for an image (a stamp, a header). */
export const SPARSE_PAGE_LETTERS = 200;

export const NO_TEXT_MESSAGE =
  'Ce PDF est une image : il ne contient pas de texte à lire (document scanné sans reconnaissance de caractères). ' +
  'Ouvrez-le dans le logiciel du scanner ou de reconnaissance de caractères (OCR) et exportez-le en texte ou en PDF « avec texte », ' +
  'puis ouvrez ce fichier ici ; ou copiez le texte de la convention et collez-le ci-dessus.';

export const mostlyImageMessage = (pages: number, letters: number) =>
  `Ce PDF est une image : sur ${pages === 1 ? 'sa page' : `ses ${pages} pages`}, seuls ${letters} caractères sont du texte ` +
  '(un tampon, un en-tête), le reste est scanné. Exportez le texte depuis le logiciel de reconnaissance de caractères (OCR) ' +
  'du scanner, ou collez le texte de la convention. Vous pouvez aussi analyser le peu de texte lu.';

export const ENCRYPTED_MESSAGE =
  'Ce PDF est protégé par un mot de passe : il ne peut pas être lu ici. Ouvrez-le dans votre lecteur PDF, ' +
  'enregistrez-en une copie sans protection (ou « Imprimer » vers un PDF), puis ouvrez cette copie ; ou collez le texte de la convention.';

export const damagedMessage = (name: string) =>
  `Le fichier « ${name} » n’est pas un PDF lisible : il est endommagé ou ce n’est pas un vrai PDF. ` +
  'Ouvrez-le dans votre lecteur PDF pour vérifier ; s’il s’affiche, enregistrez-en une copie (« Imprimer » vers un PDF) et ouvrez-la ici, ou collez le texte de la convention.';

/** The text of a PDF as the importer reads it, with the page of every line. */
export interface PdfSource {
  text: string;
  /** `linePages[n - 1]` is the page of line n of `text` (1-based pages). */
  linePages: number[];
  pageCount: number;
  /** Pages that hold an image and almost no text: their content could not be read. */
  imagePages: number[];
  /** Letters read in the whole document. */
  letters: number;
}

export const countLetters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/** Most pages are images with a little text (a stamp, a header): the document is a scan. */
export function isMostlyImage(pageCount: number, imagePages: readonly number[]): boolean {
  return pageCount > 0 && imagePages.length > 0 && imagePages.length >= Math.ceil(pageCount / 2);
}

/** « page 3 », « pages 3 et 5 », « pages 3, 5 et 7 ». */
export function pagesLabel(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} et ${pages[pages.length - 1]}`;
}
