import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractConvention } from './extract';
import { DocxNumbering, formatNumber } from './docx-numbering';
import { docxText } from './docx-text';
import { MAX_ROW_CELLS, OfficeTextFlow } from './office-flow';
import { readOfficeFile } from './office-file';
import { isOfficeFileName, OfficeFileError } from './office-file-error';
import { decodeEntities, xmlTokens } from './office-xml';
import { odtText } from './odt-text';

const NUMBERING = {
  config: [
    {
      reference: 'articles',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: 'Article %1 –',
          alignment: AlignmentType.LEFT,
        },
      ],
    },
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }],
    },
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
        { level: 2, format: LevelFormat.LOWER_ROMAN, text: '%3.' },
        { level: 3, format: LevelFormat.UPPER_ROMAN, text: '%1.%4' },
      ],
    },
  ],
};

const p = (text: string, options: Omit<IParagraphOptions, 'text' | 'children'> = {}) =>
  new Paragraph({ ...options, children: [new TextRun(text)] });
const article = (title: string) => p(title, { numbering: { reference: 'articles', level: 0 } });
const bullet = (text: string) => p(text, { numbering: { reference: 'bullets', level: 0 } });
const cell = (text: string, columnSpan?: number) =>
  new TableCell({ columnSpan, children: [p(text)] });

async function docx(
  children: (Paragraph | Table)[],
  extra: { header?: string; footer?: boolean } = {},
): Promise<Uint8Array> {
  const doc = new Document({
    numbering: NUMBERING,
    sections: [
      {
        headers: extra.header
          ? { default: new Header({ children: [p(extra.header)] }) }
          : undefined,
        footers: extra.footer
          ? {
              default: new Footer({
                children: [new Paragraph({ children: [new TextRun('Pied de page')] })],
              }),
            }
          : undefined,
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A convention written in Word: numbered « Article » headings, bullets, a table, a tab. */
const CONVENTION = () => [
  p("Caisse d'allocations familiales de la Gironde"),
  p("CONVENTION D'ACCÈS À L'ESPACE SÉCURISÉ « MON COMPTE PARTENAIRE »"),
  new Paragraph({
    children: [new TextRun({ children: ['Référence :', new Tab(), 'CONV-MCP-2021-0147'] })],
  }),
  p('ENTRE LES SOUSSIGNÉS'),
  p(
    "La Caisse d'allocations familiales de la Gironde, dont le siège est situé Rue du Docteur Gabriel Péry, 33078 Bordeaux Cedex, représentée par Monsieur Olivier FAUCHER, Directeur,",
  ),
  p('ci-après désignée « la Caf », d’une part,'),
  p('ET'),
  p(
    'Le Centre communal d’action sociale de Lormont, dont le siège est situé Hôtel de Ville, 1 rue André Dupin, 33310 LORMONT, SIRET 263 302 499 00011, représenté par Madame Sophie DUCLOS, Vice-présidente,',
  ),
  p('ci-après désigné « le partenaire », d’autre part,'),
  p('IL A ÉTÉ CONVENU CE QUI SUIT :'),
  article('Objet'),
  p(
    'La présente convention fixe les conditions dans lesquelles le partenaire accède aux services de « Mon Compte Partenaire ».',
  ),
  article('Données mises à disposition'),
  p(
    'Les données consultées sont celles strictement nécessaires aux missions décrites à l’article 3.',
  ),
  article('Missions du partenaire justifiant l’accès aux données'),
  p('Le partenaire accède aux données dans le strict respect des missions suivantes :'),
  bullet('instruction des demandes d’aides facultatives du CCAS ;'),
  bullet('accompagnement social des personnes isolées et des familles ;'),
  bullet('domiciliation des personnes sans domicile stable.'),
  article('Durée'),
  p('La présente convention prend effet à sa signature pour une durée d’un an.'),
  p('Fait à Bordeaux, le 3 mai 2021'),
  new Table({
    rows: [
      new TableRow({ children: [cell('Signatures des parties', 2)] }),
      new TableRow({
        children: [cell('Pour la Caf, le Directeur'), cell('Pour le CCAS, la Vice-présidente')],
      }),
      new TableRow({ children: [cell('Olivier FAUCHER'), cell('Sophie DUCLOS')] }),
    ],
  }),
];

describe('Word (.docx) files', () => {
  it('a convention written in Word reads as its text does: numbered articles, bullets, table rows, a tab', async () => {
    const { kind, text } = readOfficeFile(
      await docx(CONVENTION(), { header: 'EN-TÊTE CONFIDENTIEL', footer: true }),
      'convention.docx',
    );
    expect(kind).toBe('docx');
    const lines = text.split('\n');
    expect(lines).toContain('Référence :\tCONV-MCP-2021-0147');
    expect(lines).toContain('Article 1 – Objet');
    expect(lines).toContain('Article 3 – Missions du partenaire justifiant l’accès aux données');
    expect(lines).toContain('Article 4 – Durée');
    expect(lines).toContain('- instruction des demandes d’aides facultatives du CCAS ;');
    // the merged cell stays one cell; each row one line, cells tab-joined, blank lines around
    const t = lines.indexOf('Signatures des parties');
    expect(lines.slice(t - 1, t + 4)).toEqual([
      '',
      'Signatures des parties',
      'Pour la Caf, le Directeur\tPour le CCAS, la Vice-présidente',
      'Olivier FAUCHER\tSophie DUCLOS',
      '',
    ]);
    // headers and footers are not the convention's text
    expect(text).not.toMatch(/EN-TÊTE|Pied de page/);

    const x = extractConvention(text);
    expect(x.convention.missions.map((m) => m.value)).toEqual([
      "instruction des demandes d'aides facultatives du CCAS",
      'accompagnement social des personnes isolées et des familles',
      'domiciliation des personnes sans domicile stable',
    ]);
    expect(x.convention.signedAt?.value).toBe('Bordeaux');
    expect(x.convention.signedOn?.value).toBe('2021-05-03');
    expect(x.convention.number?.value).toBe('CONV-MCP-2021-0147');
    expect(x.partner.siret?.value).toBe('26330249900011');
  });

  it('deleted, hidden and field-code text is not read; inserted text is', async () => {
    const { text } = readOfficeFile(
      await docx([
        new Paragraph({
          children: [
            new TextRun('Visible '),
            new DeletedTextRun({
              text: 'SUPPRIMÉ',
              id: 1,
              author: 'A',
              date: '2021-01-01T00:00:00Z',
            }),
            new InsertedTextRun({
              text: 'ajouté',
              id: 2,
              author: 'A',
              date: '2021-01-01T00:00:00Z',
            }),
            new TextRun({ text: ' CACHÉ', vanish: true }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] }),
      ]),
      'suivi.docx',
    );
    expect(text.split('\n')).toEqual(['Visible ajouté', 'Page']);
  });

  it('numbering restarts per list instance, and deeper levels restart under a new item', async () => {
    const o = (text: string, level: number, instance?: number) =>
      p(text, { numbering: { reference: 'outline', level, instance } });
    const { text } = readOfficeFile(
      await docx([
        o('un', 0),
        o('sous a', 1),
        o('sous b', 1),
        o('sous sous', 2),
        o('sous sous', 2),
        o('deux', 0),
        o('sous a encore', 1),
        o('légal', 3),
        o('nouvelle liste', 0, 2),
        o('suite', 0, 2),
      ]),
      'listes.docx',
    );
    expect(text.split('\n')).toEqual([
      '1. un',
      'a) sous a',
      'b) sous b',
      'i. sous sous',
      'ii. sous sous',
      '2. deux',
      'a) sous a encore',
      '2.I légal',
      '1. nouvelle liste',
      '2. suite',
    ]);
  });

  it('numbers come from the paragraph style too, and a shared abstract list counts on', () => {
    const numbering = new DocxNumbering(`<w:numbering>
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Titre1"/><w:lvlText w:val="%1 -"/><w:suff w:val="space"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs></w:pPr></w:lvl></w:abstractNum>
      <w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>
    </w:numbering>`);
    const styles = new Map([['Titre1', { numId: '4' }]]);
    const body = `<w:document><w:body>
      <w:p><w:pPr><w:pStyle w:val="Titre1"/><w:tabs><w:tab w:val="left" w:pos="100"/></w:tabs></w:pPr><w:r><w:t>Objet</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Durée</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Titre1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Sans numéro</w:t></w:r></w:p>
    </w:body></w:document>`;
    expect(docxText(body, numbering, styles).split('\n')).toEqual([
      'C - Objet',
      'D - Durée',
      'Sans numéro',
    ]);
  });

  it('instances of one abstract list count on; a start override restarts where its instance begins (LibreOffice’s Word export)', () => {
    const numbering = new DocxNumbering(`<w:numbering>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1 –"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
      <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>`);
    const para = (numId: string, text: string, ilvl = 0) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = `<w:document><w:body>${para('4', 'Objet')}${para('2', 'Missions')}${para('2', 'Sous-article', 1)}${para('2', 'Durée')}${para('5', 'Utilisateurs')}${para('5', 'Incidents')}</w:body></w:document>`;
    expect(docxText(body, numbering).split('\n')).toEqual([
      'Article 1 – Objet',
      'Article 2 – Missions',
      '2.1 Sous-article',
      'Article 3 – Durée',
      'Article 1 – Utilisateurs',
      'Article 2 – Incidents',
    ]);
  });

  it.each([
    [1, 'decimal', '1'],
    [4, 'lowerRoman', 'iv'],
    [14, 'upperRoman', 'XIV'],
    [2, 'lowerLetter', 'b'],
    [28, 'upperLetter', 'BB'],
    [7, 'decimalZero', '07'],
    [1, 'ordinal', '1er'],
    [3, 'cardinalText', '3'],
  ])('counter %i as %s is « %s »', (n, format, out) => {
    expect(formatNumber(n, format)).toBe(out);
  });

  it('reads runs only: w:tab in tab stops is no tab, w:br a new line, mc:Fallback and instrText skipped, gridSpan and gridBefore keep columns', () => {
    const xml = `<w:document><w:body>
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr><w:r><w:t>Code</w:t></w:r><w:r><w:tab/><w:t>T13</w:t></w:r></w:p>
      <w:p><w:r><w:t>ligne un</w:t><w:br/><w:t>ligne deux</w:t></w:r></w:p>
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Dans la zone de texte</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Dans la zone de texte</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Nom </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Lormont</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      <w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Profil</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Quota</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>T13</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>deux</w:t></w:r></w:p><w:p><w:r><w:t>paragraphes</w:t><w:tab/><w:t>et tab</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>imbriquée</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cellule</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc><w:p/></w:tc></w:tr>
      </w:tbl>
      <w:p><w:r><w:t xml:space="preserve">A &amp; B &lt;C&gt; caf&#233; &#xE9;t&#xe9;</w:t></w:r></w:p>
    </w:body></w:document>`;
    expect(docxText(xml).split('\n')).toEqual([
      'Code\tT13',
      'ligne un',
      'ligne deux',
      'Dans la zone de texte',
      '',
      'Lormont',
      '',
      'Profil\t\tQuota',
      '\tT13\t5',
      'deux paragraphes et tab\timbriquée cellule',
      '',
      'A & B <C> café été',
    ]);
  });
});

const ODT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const content = (body: string, kind = 'text') =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODT_NS}><office:automatic-styles><style:style style:name="P1"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="2cm"/></style:tab-stops></style:paragraph-properties></style:style></office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`;

/** An .odt (or .ods) as LibreOffice zips it: « mimetype » first and stored, then the parts. */
function odf(body: string, mimetype = 'application/vnd.oasis.opendocument.text', kind = 'text') {
  const files: Zippable = {
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': strToU8(content(body, kind)),
    'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
  };
  return zipSync(files);
}

describe('LibreOffice (.odt) files', () => {
  it('paragraphs, spaces, tabs, breaks, lists, tables; notes, deletions and comments not read', () => {
    const { kind, text } = readOfficeFile(
      odf(`<text:tracked-changes><text:changed-region><text:deletion><text:p>SUPPRIMÉ</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:h text:outline-level="1">ARTICLE 7 – MISSIONS</text:h>
        <text:p>Le partenaire<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>NOTE</text:p></text:note-body></text:note> accède<text:s text:c="3"/>aux données :<office:annotation><text:p>COMMENTAIRE</text:p></office:annotation></text:p>
        <text:list><text:list-item><text:p>instruction des demandes</text:p><text:list><text:list-item><text:p>sous-point</text:p></text:list-item></text:list></text:list-item>
        <text:list-item><text:p>accompagnement social</text:p><text:p>suite du même point</text:p></text:list-item></text:list>
        <text:p>Code<text:tab/>T13<text:line-break/>Fait à Lormont, <text:s/>le 3 mai 2021</text:p>
        <text:p>A &amp; B &lt;C&gt; caf&#233; &#xE9;t&#xe9;</text:p>
        <table:table><table:table-column table:number-columns-repeated="3"/>
          <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Profil</text:p></table:table-cell><table:covered-table-cell><text:p>CACHÉ</text:p></table:covered-table-cell><table:table-cell><text:p>Quota</text:p></table:table-cell></table:table-row>
          <table:table-row><table:table-cell><text:p>T13</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/><table:table-cell><text:p>5</text:p></table:table-cell></table:table-row>
          <table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
          <table:table-row><table:table-cell><text:p>T1</text:p></table:table-cell><table:table-cell><table:table><table:table-row><table:table-cell><text:p>imbriquée</text:p></table:table-cell><table:table-cell><text:p>cellule</text:p></table:table-cell></table:table-row></table:table></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>2</text:p></table:table-cell></table:table-row>
        </table:table>
        <text:p>Fin</text:p>`),
      'convention.odt',
    );
    expect(kind).toBe('odt');
    const lines = text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'ARTICLE 7 – MISSIONS',
      'Le partenaire accède   aux données :',
      '- instruction des demandes',
      '- sous-point',
      '- accompagnement social',
      'suite du même point',
      'Code\tT13',
      'Fait à Lormont,  le 3 mai 2021',
    ]);
    expect(lines[8]).toBe('A & B <C> café été');
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('Profil\t\tQuota');
    // 1000 empty repeated cells are capped: the row stays short and keeps its last cell
    expect(lines[11]!.split('\t').length).toBe(MAX_ROW_CELLS + 1);
    expect(lines[11]).toMatch(/^T13\t+5$/);
    // an empty repeated row gives no line; the nested table's text is in its cell; repeated cells repeat
    expect(lines.slice(12)).toEqual(['T1\timbriquée cellule\t2\t2', '', 'Fin']);
    expect(text).not.toMatch(/SUPPRIMÉ|NOTE|COMMENTAIRE|CACHÉ/);
  });

  it('lists are numbered from their list style: continued, restarted, set, nested, by paragraph style; headings by the outline', () => {
    const styles = `<office:document-styles><office:styles>
      <style:style style:name="Liste_Articles" style:family="paragraph" style:list-style-name="Articles"/>
      <style:style style:name="P9" style:family="paragraph" style:parent-style-name="Liste_Articles"/>
      <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/><text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/></text:outline-style>
      <text:list-style style:name="Articles"><text:list-level-style-number text:level="1" style:num-prefix="ARTICLE " style:num-suffix=" –" style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>
    </office:styles></office:document-styles>`;
    const content = `<office:document-content><office:automatic-styles>
      <text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
      <text:list-style style:name="Romains"><text:list-level-style-number text:level="1" style:num-format="i" style:num-suffix="." text:start-value="4"/></text:list-style>
    </office:automatic-styles><office:body><office:text>
      <text:h text:outline-level="1">Préambule</text:h>
      <text:h text:outline-level="2">Contexte</text:h>
      <text:list xml:id="l1" text:style-name="Articles"><text:list-item><text:p>OBJET</text:p></text:list-item></text:list>
      <text:p>Texte.</text:p>
      <text:list xml:id="l2" text:continue-numbering="true" text:style-name="Articles"><text:list-item><text:p>MISSIONS</text:p>
        <text:list><text:list-item><text:p>accueil</text:p></text:list-item><text:list-item><text:p>instruction</text:p></text:list-item></text:list></text:list-item></text:list>
      <text:list text:style-name="Puces"><text:list-item><text:p>une puce</text:p></text:list-item></text:list>
      <text:list text:continue-list="l2" text:style-name="Articles"><text:list-item><text:p>DURÉE</text:p></text:list-item><text:list-header><text:p>sans numéro</text:p></text:list-header></text:list>
      <text:list><text:list-item><text:p text:style-name="P9">NOUVELLE LISTE</text:p></text:list-item></text:list>
      <text:list text:style-name="Articles"><text:list-item text:start-value="12"><text:p>FIXÉ</text:p></text:list-item></text:list>
      <text:list text:style-name="Romains"><text:list-item><text:p>quatre</text:p></text:list-item><text:list-item><text:p>cinq</text:p></text:list-item></text:list>
      <text:list text:style-name="Inconnu"><text:list-item><text:p>style absent</text:p></text:list-item></text:list>
      <text:h text:outline-level="1">Annexes</text:h>
    </office:text></office:body></office:document-content>`;
    expect(odtText(content, styles).split('\n')).toEqual([
      'I. Préambule',
      'I.1 Contexte',
      'ARTICLE 1 – OBJET',
      'Texte.',
      'ARTICLE 2 – MISSIONS',
      'a) accueil',
      'b) instruction',
      '- une puce',
      'ARTICLE 3 – DURÉE',
      'sans numéro',
      'ARTICLE 1 – NOUVELLE LISTE',
      'ARTICLE 12 – FIXÉ',
      'iv. quatre',
      'v. cinq',
      '- style absent',
      'II. Annexes',
    ]);
  });

  it('white space of the XML collapses; a hidden paragraph is not read', () => {
    expect(
      odtText(
        content(`<text:p>
          un   deux
        </text:p><text:p><text:hidden-paragraph text:is-hidden="true"/>caché</text:p><text:p>trois<text:s text:c="2"/>quatre</text:p>`),
      ).split('\n'),
    ).toEqual(['un deux', 'trois  quatre']);
  });
});

describe('files the importer cannot read say why, in French', () => {
  const ole = new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ]);
  const problem = (bytes: Uint8Array, name: string) => {
    try {
      readOfficeFile(bytes, name);
    } catch (e) {
      expect(e).toBeInstanceOf(OfficeFileError);
      return { problem: (e as OfficeFileError).problem, message: (e as Error).message };
    }
    throw new Error('no error');
  };

  it('an old Word .doc: save it as .docx', () => {
    const { problem: p, message } = problem(ole, 'convention 2015.doc');
    expect(p).toBe('old-word');
    expect(message).toContain('« convention 2015.doc »');
    expect(message).toContain(
      'Enregistrez-le au format .docx (Fichier › Enregistrer sous) puis ouvrez ce fichier',
    );
  });

  it('a password-protected .docx (an OLE file too), an old .xls', () => {
    expect(problem(ole, 'convention.docx').problem).toBe('encrypted');
    expect(problem(ole, 'agents.xls').problem).toBe('spreadsheet');
  });

  it('not a zip, a damaged zip', async () => {
    expect(problem(strToU8('Bonjour, ceci est du texte.'), 'convention.docx').problem).toBe(
      'not-zip',
    );
    const good = await docx([p('Texte')]);
    expect(problem(good.slice(0, Math.floor(good.length / 2)), 'convention.docx').problem).toBe(
      'damaged',
    );
  });

  it('a spreadsheet: .xlsx or .ods', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(problem(xlsx, 'agents.xlsx').problem).toBe('spreadsheet');
    expect(problem(xlsx, 'agents.docx').problem).toBe('spreadsheet');
    const ods = odf(
      '<table:table><table:table-row><table:table-cell><text:p>Nom</text:p></table:table-cell></table:table-row></table:table>',
      'application/vnd.oasis.opendocument.spreadsheet',
      'spreadsheet',
    );
    const { problem: p, message } = problem(ods, 'agents.odt');
    expect(p).toBe('spreadsheet');
    expect(message).toMatch(/tableur/);
  });

  it('a zip that is no text document; a document with no text', async () => {
    expect(problem(zipSync({ 'photo.txt': strToU8('x') }), 'archive.docx').problem).toBe(
      'not-text',
    );
    expect(problem(await docx([p(''), p('   ')]), 'vide.docx').problem).toBe('no-text');
    expect(problem(odf('<text:p/>'), 'vide.odt').problem).toBe('no-text');
  });

  it('file names sent to the office reader', () => {
    expect(['a.docx', 'b.ODT', 'c.doc', 'd.xlsx', 'e.ods'].every((n) => isOfficeFileName(n))).toBe(
      true,
    );
    expect(['a.txt', 'b.pdf', 'c.docx.txt'].some((n) => isOfficeFileName(n))).toBe(false);
    expect(isOfficeFileName('sans-extension', 'application/vnd.oasis.opendocument.text')).toBe(
      true,
    );
  });

  it('a real file keeps its parts: the archive the test builds is a zip fflate reads back', async () => {
    const files = unzipSync(await docx([p('x')]));
    expect(Object.keys(files)).toContain('word/document.xml');
  });
});

describe('XML and the text flow', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['caf&#233; &#xE9;t&#xe9;', 'café été'],
    ['&#128512;', '😀'],
    ['&#0; &#xD800;', '\ufffd \ufffd'],
    ['&inconnu; & seul', '&inconnu; & seul'],
  ])('entities of « %s »', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });

  it('tokens: attributes with entities and « > » in quotes, comments, CDATA', () => {
    expect([
      ...xmlTokens(
        '<?xml version="1.0"?><!-- note --><a x="1 &gt; 0" y=\'b\'>t<![CDATA[<brut>]]><b/></a>',
      ),
    ]).toEqual([
      { kind: 'open', name: 'a', attrs: { x: '1 > 0', y: 'b' }, selfClosing: false },
      { kind: 'text', text: 't' },
      { kind: 'text', text: '<brut>' },
      { kind: 'open', name: 'b', attrs: {}, selfClosing: true },
      { kind: 'close', name: 'a' },
    ]);
  });

  it('the flow: blank lines around a table without doubling, a cell never holds a tab or a line', () => {
    const f = new OfficeTextFlow();
    f.text('avant');
    f.endParagraph();
    f.endParagraph();
    f.startTable();
    f.startRow();
    f.startCell();
    f.text('a');
    f.tab();
    f.text('b');
    f.lineBreak();
    f.text('c');
    f.endParagraph();
    f.endCell();
    f.startCell();
    f.endCell(3);
    f.endRow();
    f.endTable();
    f.text('après');
    f.endParagraph();
    expect(f.result()).toBe('avant\n\na b c\n\naprès');
  });
});

describe('a row of a party’s label and its form’s paragraphs', () => {
  const row = (head: string[], body: string[]) => {
    const f = new OfficeTextFlow();
    f.startTable();
    f.startRow();
    for (const paragraphs of [head, body]) {
      f.startCell();
      for (const t of paragraphs) {
        f.text(t);
        f.endParagraph();
      }
      f.endCell();
    }
    f.endRow();
    f.endTable();
    return f.result();
  };

  it('gives the label, then each paragraph on its own line', () => {
    expect(
      row(
        ['La Caf'],
        [
          "Caisse d'Allocations familiales du Val-d'Oise",
          '2 place de la Pergola',
          '95018 Cergy-Pontoise Cedex',
          'Représentée par : Monsieur Marc-Antoine LEROY',
        ],
      ),
    ).toBe(
      "La Caf\nCaisse d'Allocations familiales du Val-d'Oise\n2 place de la Pergola\n95018 Cergy-Pontoise Cedex\nReprésentée par : Monsieur Marc-Antoine LEROY\n",
    );
  });

  it('a party’s name and a cell of its description, address and representative', () => {
    expect(
      row(
        ["La Caisse d'Allocations familiales du Puy-de-Dôme"],
        [
          'Organisme visé par les articles L112-1 et suivants du Code de la Sécurité sociale',
          '1 rue Pélissier, 63028 Clermont-Ferrand Cedex 2',
          'Représentée par M. Laurent CHAMBON, Directeur',
          'ci-après « la Caf »',
        ],
      ).split('\n'),
    ).toHaveLength(6);
  });

  it.each([
    // a contact's cell: no labelled field in it
    [['Administrateur'], ['Karima LAHLOU', 'k.lahlou@ville.fr', '01 39 88 21 64']],
    // two paragraphs only
    [['Le partenaire'], ['Ville de Goussainville', 'Qualité : Maire']],
  ])('any other row stays one line of cells: %j', (head, body) => {
    expect(row(head, body).trim()).toBe(`${head.join(' ')}\t${body.join(' ')}`);
  });

  it('a Word file’s parties as such rows are read', async () => {
    const table = new Table({
      rows: [
        new TableRow({
          children: [
            cell('La Caf'),
            new TableCell({
              children: [
                p("Caisse d'Allocations familiales du Val-d'Oise"),
                p('2 place de la Pergola'),
                p('95018 Cergy-Pontoise Cedex'),
                p('Représentée par : Monsieur Marc-Antoine LEROY'),
                p('Qualité : Directeur général'),
              ],
            }),
          ],
        }),
        new TableRow({
          children: [
            cell('Le partenaire'),
            new TableCell({
              children: [
                p('Ville de Goussainville'),
                p('Hôtel de Ville, 37 boulevard Paul Vaillant-Couturier'),
                p('95190 Goussainville'),
                p('Représentée par : Madame Élisabeth HERVÉ'),
                p('Qualité : Maire'),
              ],
            }),
          ],
        }),
      ],
    });
    const { text } = readOfficeFile(
      await docx([p('Convention d’accès à « Mon Compte Partenaire »'), table]),
      'convention.docx',
    );
    const r = extractConvention(text);
    expect([
      r.caf.name?.value,
      r.caf.address?.value,
      r.caf.directorName?.value,
      r.partner.name?.value,
      r.partner.address?.value,
      r.partner.representativeName?.value,
      r.partner.representativeTitle?.value,
    ]).toEqual([
      "Caisse d'Allocations familiales du Val-d'Oise",
      '2 place de la Pergola, 95018 Cergy-Pontoise Cedex',
      'Marc-Antoine LEROY',
      'Ville de Goussainville',
      'Hôtel de Ville, 37 boulevard Paul Vaillant-Couturier, 95190 Goussainville',
      'Élisabeth HERVÉ',
      'Maire',
    ]);
  });
});
