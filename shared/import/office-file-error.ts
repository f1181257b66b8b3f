/**
 * What the importer tells the user about a Word or LibreOffice file it cannot read, and which
 * file names go to the office reader. Kept apart from office-file.ts so that the screen can
 * test a file name and an error's class without loading the unzip library, which stays in a
 * chunk loaded on the first .docx or .odt.
 */

/** The word-processing files the importer reads. */
export const OFFICE_TEXT_EXTENSIONS = ['.docx', '.odt'] as const;

/** For the file chooser's accept list (old .doc too: choosing one says how to convert it). */
export const OFFICE_ACCEPT = [
  '.docx',
  '.odt',
  '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
].join(',');

/**
 * Files sent to the office reader: Word and LibreOffice texts (templates and macro-enabled
 * variants included), and the files it explains (old .doc, spreadsheets) rather than refusing
 * them with a generic message.
 */
export const isOfficeFileName = (name: string, type = ''): boolean =>
  /\.(docx|docm|dotx|dotm|doc|dot|odt|ott|fodt|xlsx|xlsm|xls|ods)$/i.test(name) ||
  /^application\/(vnd\.openxmlformats-officedocument|vnd\.oasis\.opendocument|msword|vnd\.ms-word)/.test(
    type,
  );

export type OfficeFileProblem =
  'old-word' | 'encrypted' | 'not-zip' | 'damaged' | 'spreadsheet' | 'not-text' | 'no-text';

const MESSAGES: Record<OfficeFileProblem, (name: string) => string> = {
  'old-word': (name) =>
    `Le fichier « ${name} » est au format Word 97-2003 (.doc), que l’importeur ne lit pas. ` +
    'Ouvrez-le dans Word ou LibreOffice. Enregistrez-le au format .docx (Fichier › Enregistrer sous) puis ouvrez ce fichier ; ' +
    'ou collez le texte de la convention.',
  encrypted: (name) =>
    `Le fichier « ${name} » est protégé par un mot de passe : il ne peut pas être lu ici. ` +
    'Ouvrez-le dans Word ou LibreOffice, enregistrez-en une copie sans mot de passe et ouvrez cette copie ; ou collez le texte de la convention.',
  'not-zip': (name) =>
    `Le fichier « ${name} » n’est pas un document Word (.docx) ni LibreOffice (.odt) : son contenu est d’un autre format. ` +
    'Ouvrez-le dans le logiciel qui l’a créé et enregistrez-le en .docx, .odt ou PDF ; ou collez le texte de la convention.',
  damaged: (name) =>
    `Le fichier « ${name} » est endommagé : il ne peut pas être décompressé. ` +
    'Ouvrez-le dans Word ou LibreOffice pour vérifier ; s’il s’affiche, enregistrez-en une copie et ouvrez-la ici, ou collez le texte de la convention.',
  spreadsheet: (name) =>
    `Le fichier « ${name} » est un tableur (Excel ou LibreOffice Calc), pas le texte de la convention. ` +
    'Ouvrez la convention elle-même (.docx, .odt, .pdf ou .txt) ; la liste des agents s’importe dans « Importer une liste d’agents ».',
  'not-text': (name) =>
    `Le fichier « ${name} » n’est pas un document texte Word (.docx) ou LibreOffice (.odt). ` +
    'Ouvrez la convention elle-même (.docx, .odt, .pdf ou .txt), ou collez son texte.',
  'no-text': (name) =>
    `Le document « ${name} » ne contient pas de texte à lire (il est vide, ou ses pages sont des images). ` +
    'Vérifiez que c’est bien la convention ; si elle est scannée, ouvrez son PDF, ou collez son texte.',
};

/** A .docx or .odt the importer cannot read: the message says why and what to do, in French. */
export class OfficeFileError extends Error {
  constructor(
    readonly problem: OfficeFileProblem,
    name: string,
  ) {
    super(MESSAGES[problem](name));
    this.name = 'OfficeFileError';
  }
}
