/**
 * Seeded layout changes, the way other CAFs' documents and other text extractions differ
 * from the samples (see the importer guide): tables read column by column or with cells
 * joined by single spaces, titles and anchor phrases reworded, articles renumbered,
 * sentences broken at ~40–75 columns (with hyphenation), tables of contents whose page
 * numbers became « Erreur ! Signet non défini. », determiners around names and titles.
 * None of these changes a value: the truth is the original's.
 */
type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const lines = (t: string) => t.split('\n');

/** A table row per cell: « T13\t4 » → « T13 », « 4 » (empty cells vanish, as in OCR). */
export const verticalTables = (text: string) =>
  lines(text)
    .flatMap((l) =>
      l.includes('\t')
        ? l
            .split('\t')
            .map((c) => c.trim())
            .filter(Boolean)
        : [l],
    )
    .join('\n');

/** Cells joined by one space, as many PDF text layers give them. */
export const spaceJoinedCells = (text: string) =>
  lines(text)
    .map((l) =>
      l.includes('\t')
        ? l
            .split('\t')
            .map((c) => c.trim())
            .filter(Boolean)
            .join(' ')
        : l,
    )
    .join('\n');

/** Each rule: a pattern on one line and the wordings other templates use instead. */
const REWORDINGS: [RegExp, string[]][] = [
  [
    /^Convention d['’]acc[eè]s [àa] « ?Mon Compte Partenaire ?»\s*$/i,
    [
      'CONVENTION D’ACCÈS À L’ESPACE SÉCURISÉ « MON COMPTE PARTENAIRE »',
      'Convention relative à l’accès au service Mon Compte Partenaire',
      'CONVENTION D\'ACCES A "MON COMPTE PARTENAIRE"',
      'Convention d’accès à l’espace partenaires « Mon Compte Partenaire » de la Caf',
    ],
  ],
  [
    /^La présente convention est signée entre :?\s*$/i,
    [
      'Entre les soussignés :',
      'ENTRE :',
      'Entre',
      'La présente convention est conclue entre les parties suivantes :',
    ],
  ],
  [
    /^Le présent contrat est signé entre :?\s*$/i,
    ['Entre les soussignés :', 'ENTRE', 'Le présent contrat de services est conclu entre :'],
  ],
  [
    /^Ci\s*[–-]\s*après dénommée « ?Caf ?»\s*$/i,
    [
      'ci-après désignée « la Caf »,',
      'Ci-après dénommée "la CAF"',
      'dénommée ci-après « la Caf », d’une part,',
    ],
  ],
  [
    /^Ci\s*[–-]\s*après dénommé\(e\) « ?le partenaire ?»\s*$/i,
    [
      'ci-après désigné « le partenaire », d’autre part,',
      'Ci-après dénommé "le Partenaire"',
      'd’autre part, ci-après « le partenaire »',
    ],
  ],
  [
    /^Il est convenu ce qui suit :?\s*$/i,
    [
      'IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :',
      'Il a été convenu ce qui suit',
      'Les parties conviennent de ce qui suit :',
    ],
  ],
  [/^Et$/i, ['ET', 'et d’autre part', 'D’une part, et']],
  [
    /^(Article \d+) [–-] Missions du partenaire\s*$/i,
    [
      '$1 : Les missions du partenaire',
      '$1 - MISSIONS DU PARTENAIRE',
      '$1. Missions exercées par le partenaire',
    ],
  ],
  [/^(Article [\d.]+) [–-] (.+)$/, ['$1 - $2', '$1 : $2', '$1. $2']],
  [
    /^Annexe 1 [–-] Les interlocuteurs à la Caf\s*$/i,
    [
      'ANNEXE 1 : LISTE DES INTERLOCUTEURS – CAF',
      'Annexe 1 - Interlocuteurs de la Caf',
      'Annexe n° 1 – Les interlocuteurs côté Caf',
    ],
  ],
  [
    /^Annexe 2 [–-] Les interlocuteurs chez le partenaire\s*$/i,
    [
      'Interlocuteurs du partenaire',
      'ANNEXE 1 (suite) : LES INTERLOCUTEURS DU PARTENAIRE',
      'Annexe 1 bis – Interlocuteurs chez le partenaire',
    ],
  ],
  [
    /^Bulletin d['’]adhésion au service : Cdap\s*$/i,
    [
      'BULLETIN D’ADHÉSION AU SERVICE CDAP',
      'Bulletin d’adhésion – Service Cdap',
      "Bulletin d'adhésion au service « Consultation du dossier allocataire par les partenaires » (Cdap)",
    ],
  ],
  [
    /^Profils\tNombre d['’]utilisateurs autorisés\s*$/i,
    ['Profil\tNombre maximum d’habilitations', 'Profils\tNb d’utilisateurs', 'Code profil\tQuota'],
  ],
  [
    /^Numéro de SIRET( du siège social)? ?: ?(.+)$/i,
    ['N° SIRET : $2', 'SIRET n° $2', 'Siret : $2', 'Numéro SIRET : $2'],
  ],
  [
    /^Fait à (\S+), le (.+)$/i,
    ['Fait à $1 le $2', 'Fait en deux exemplaires à $1, le $2', 'A $1, le $2'],
  ],
];

export function rewordTitles(text: string, r: Rng): string {
  return lines(text)
    .map((l) => {
      for (const [re, alts] of REWORDINGS)
        if (re.test(l) && r() < 0.85) return l.replace(re, pick(r, alts));
      return l;
    })
    .join('\n');
}

const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
];

/** « Article 8 » → « Article 9 », « ARTICLE IX », « Art. 9 » — the same scheme through the document. */
export function renumberArticles(text: string, r: Rng): string {
  const shift = 1 + Math.floor(r() * 3);
  const style = pick(r, ['plain', 'upper', 'roman', 'short'] as const);
  return text.replace(/\bArticle (\d+)((?:\.\d+)*)/g, (_m, n: string, sub: string) => {
    const k = Number(n) + shift;
    if (style === 'upper') return `ARTICLE ${k}${sub}`;
    if (style === 'roman' && !sub) return `Article ${ROMAN[k] ?? k}`;
    if (style === 'short') return `Art. ${k}${sub}`;
    return `Article ${k}${sub}`;
  });
}

/** Lines cut at `width` columns, words hyphenated at the cut now and then; table rows kept. */
export function softWrap(text: string, r: Rng, width: number): string {
  return lines(text)
    .flatMap((l) => {
      if (l.includes('\t') || l.length <= width) return [l];
      const out: string[] = [];
      let cur = '';
      for (const word of l.split(/ +/)) {
        if (cur && cur.length + 1 + word.length > width) {
          if (/^\p{L}{8,}$/u.test(word) && r() < 0.3) {
            const k = 3 + Math.floor(r() * (word.length - 6));
            out.push(`${cur} ${word.slice(0, k)}-`);
            cur = word.slice(k);
            continue;
          }
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      if (cur) out.push(cur);
      return out;
    })
    .join('\n');
}

const TOC_LINE = /^((?:Article|Annexe|Préambule|Résiliation).*?)(\.{2,})?\t\d+\s*$/;

/** Page numbers of the table of contents turned into Word's « Erreur ! Signet non défini. ». */
export function tocDebris(text: string, r: Rng): string {
  return lines(text)
    .map((l) => {
      const m = TOC_LINE.exec(l);
      if (!m || r() < 0.3) return l;
      return `${m[1]}${pick(r, ['\t', ' ', '.....\t'])}Erreur ! Signet non défini.`;
    })
    .join('\n');
}

/** Determiners and civilities around names and titles, as other templates write them. */
export function addDeterminers(text: string, r: Rng): string {
  return lines(text)
    .map((l) =>
      l
        // « Représenté(e) par M Michel Bisson le Président » → « représenté par Monsieur Michel Bisson, son Président »
        .replace(
          /^Représenté\(e\) par :? ?(?:M|Monsieur|Mme|Madame) ([\p{L}' -]+?),? (?:le|la) (\p{Lu}[\p{L} -]+)$/u,
          (_m, name: string, title: string) =>
            pick(r, [
              `représenté par Monsieur ${name}, son ${title}`,
              `Représenté par son ${title}, Monsieur ${name}`,
              `représenté par M. ${name}, en sa qualité de ${title}`,
            ]),
        )
        .replace(
          /^Représenté\(e\) par Monsieur ([\p{L}' -]+), (\p{Lu}\p{L}+)$/u,
          (_m, name: string, title: string) =>
            pick(r, [
              `représentée par son ${title}, Monsieur ${name}`,
              `Représentée par Monsieur ${name}, son ${title}`,
            ]),
        )
        // « Représentée par Son Directeur Général Pedro RODRIGUES »
        .replace(
          /^Représentée par [Ss]on (Directeur(?: [Gg]énéral)?) (?:M )?([\p{L}' -]+)$/u,
          (_m, title: string, name: string) =>
            pick(r, [
              `représentée par son ${title}, Monsieur ${name}`,
              `Représentée par Monsieur ${name}, son ${title}`,
              `représentée par M. ${name}, ${title}`,
            ]),
        ),
    )
    .join('\n');
}

/**
 * Page breaks of a printed or scanned document: running headers and footers, page numbers
 * and initials boxes inserted every 35–60 lines, wherever the page ends — in a paragraph or
 * in a table.
 */
export function pageDebris(text: string, r: Rng): string {
  const all = lines(text);
  const pages = Math.max(2, Math.ceil(all.length / 45));
  const footer = pick(r, [
    (k: number) => [`Page ${k} sur ${pages}`],
    (k: number) => [`- ${k} -`],
    (k: number) => [
      'Convention d’accès à « Mon Compte Partenaire » – modèle national',
      `${k}/${pages}`,
    ],
    (k: number) => ['Paraphes :', `${k}`],
  ]);
  const out: string[] = [];
  let next = 35 + Math.floor(r() * 25);
  let page = 1;
  all.forEach((l, i) => {
    out.push(l);
    if (i === next) {
      out.push(...footer(page++));
      next += 35 + Math.floor(r() * 25);
    }
  });
  return out.join('\n');
}

/** Splits a cell at spaces, or inside a long word after « - », « . » or « @ » as Writer and Word wrap e-mails. */
function wrapCell(cell: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of cell.split(/ +/)) {
    let w = word;
    while (w.length > width) {
      const cut = Math.max(
        w.lastIndexOf('-', width),
        w.lastIndexOf('.', width),
        w.lastIndexOf('@', width - 1),
      );
      const k = cut > 2 ? cut + 1 : width;
      if (cur) out.push(cur);
      cur = '';
      out.push(w.slice(0, k));
      w = w.slice(k);
    }
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Table rows whose long cells wrap inside their column, read back line by line as a PDF text
 * layer gives them: the first line holds the start of every cell, the next lines the rest
 * (« Délégué à la protection\t r.thomas@ville- », « des données …\t lieusaint.fr »).
 */
export function wrappedCells(text: string, width: number): string {
  return lines(text)
    .flatMap((l) => {
      if (!l.includes('\t') || (/\t\d+\s*$/.test(l) && !/^T\d+\t/.test(l))) return [l];
      const cells = l.split('\t').map((c) => wrapCell(c.trim(), width));
      const height = Math.max(...cells.map((c) => c.length));
      return Array.from({ length: height }, (_, k) =>
        cells
          .map((c) => c[k] ?? '')
          .join('\t')
          .replace(/\t+$/, ''),
      );
    })
    .join('\n');
}
