import {
  profileColumns,
  ROSTER_FIELD_LABELS,
  ROSTER_FIELDS,
  unmappedColumns,
  type ColumnMapping,
  type RosterField,
} from '../../../shared/backup/roster-import';
import type { DetectedSheet, SheetGrid } from '../../../shared/backup/roster-sheet';
import { formatBulletinLabel } from '../../../shared/domain/format';
import type { Bulletin } from '../../../shared/domain/schemas';
import { Card } from '../../ui/Card';
import { SelectInput } from '../../ui/fields';

const NO_COLUMN = '';

/** « Colonne C — Mail » */
export function columnLabel(sheet: DetectedSheet, c: number): string {
  const letter = sheet.columnNames[c] ?? String(c + 1);
  const title = sheet.headers[c]?.trim();
  const hidden = sheet.hiddenColumns.includes(c) ? ' (masquée)' : '';
  return title ? `${title} (col. ${letter})${hidden}` : `Colonne ${letter}${hidden}`;
}

/**
 * The guessed column of each field, ready to be confirmed: the header row (changeable), one
 * select per field, every column no field uses named, the portal question, the bulletin.
 */
export function ImportMapping({
  grid,
  sheet,
  mapping,
  onMapping,
  onHeaderRow,
  inPortal,
  onInPortal,
  bulletins,
  bulletinId,
  onBulletin,
}: {
  grid: SheetGrid;
  sheet: DetectedSheet;
  mapping: ColumnMapping;
  onMapping: (next: ColumnMapping) => void;
  onHeaderRow: (row: number) => void;
  inPortal: boolean;
  onInPortal: (value: boolean) => void;
  bulletins: readonly Bulletin[];
  bulletinId: string;
  onBulletin: (id: string) => void;
}) {
  const columns = sheet.headers.map((_, i) => ({ value: String(i), label: columnLabel(sheet, i) }));
  const ignored = unmappedColumns(sheet.headers, sheet.rows, mapping);
  const lineOptions = grid.grid.slice(0, 30).flatMap((r, i) => {
    const text = r.filter(Boolean).join(' · ');
    return text ? [{ value: String(i), label: `Ligne ${i + 1} : ${text.slice(0, 90)}` }] : [];
  });
  const matrix = profileColumns(sheet.headers, mapping);
  const hasProfile = mapping.profileCode !== undefined || matrix.length > 0;
  const set = (f: RosterField, v: string) => {
    const next = { ...mapping };
    if (v === NO_COLUMN) delete next[f];
    else {
      // A column feeds one field: taking it here frees it elsewhere.
      for (const k of ROSTER_FIELDS) if (next[k] === Number(v)) delete next[k];
      next[f] = Number(v);
    }
    onMapping(next);
  };

  return (
    <Card title="2. Colonnes reconnues" id="roster-import-mapping">
      <SelectInput
        label="Ligne des titres de colonnes"
        help="Détectée d’après les titres (Nom, Prénom, Mail…). Les lignes au-dessus (titre du tableau, lignes vides) sont ignorées."
        options={lineOptions}
        value={String(sheet.headerRow)}
        onChange={(e) => onHeaderRow(Number(e.target.value))}
      />
      <p>Vérifiez la colonne choisie pour chaque information ; changez-la si besoin.</p>
      <div className="roster-import-grid">
        {ROSTER_FIELDS.map((f) => (
          <SelectInput
            key={f}
            label={ROSTER_FIELD_LABELS[f]}
            required={f === 'lastName' && mapping.fullName === undefined}
            options={columns}
            placeholder="— Aucune colonne —"
            value={mapping[f] === undefined ? NO_COLUMN : String(mapping[f])}
            onChange={(e) => set(f, e.target.value)}
          />
        ))}
      </div>
      {matrix.length ? (
        <ul className="roster-import-ignored" aria-label="Colonnes de profils">
          {matrix.map((p) => (
            <li key={p.col}>
              Colonne « {columnLabel(sheet, p.col)} » : profil {p.code} (une croix, « oui » ou une
              date le demande)
            </li>
          ))}
        </ul>
      ) : null}
      {ignored.length ? (
        <ul className="roster-import-ignored" aria-label="Colonnes ignorées">
          {ignored.map((c) => (
            <li key={c}>Colonne ignorée : « {columnLabel(sheet, c)} »</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Toutes les colonnes du fichier sont reprises.</p>
      )}
      {hasProfile ? (
        <fieldset className="roster-import-portal">
          <legend>
            Les habilitations de la liste existent-elles déjà dans « Mon Compte Partenaire » ?
          </legend>
          <label>
            <input
              type="radio"
              name="in-portal"
              checked={inPortal}
              onChange={() => onInPortal(true)}
            />{' '}
            Oui, elles sont déjà créées dans le portail (cas habituel quand on commence à tenir le
            registre)
          </label>
          <label>
            <input
              type="radio"
              name="in-portal"
              checked={!inPortal}
              onChange={() => onInPortal(false)}
            />{' '}
            Non, elles sont à créer dans le portail
          </label>
        </fieldset>
      ) : null}
      {hasProfile && mapping.bulletin === undefined && bulletins.length !== 1 ? (
        <SelectInput
          label="Bulletin d’adhésion des habilitations"
          help="Le fichier n’a pas de colonne « Bulletin » : les profils seront demandés sur ce bulletin."
          options={bulletins.map((b) => ({
            value: b.id,
            label: `${formatBulletinLabel(b)}${b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}`,
          }))}
          placeholder="— Choisir —"
          value={bulletinId}
          onChange={(e) => onBulletin(e.target.value)}
        />
      ) : null}
    </Card>
  );
}
