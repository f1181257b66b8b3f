/**
 * Roster import from a spreadsheet (how offices start): each row mapped to an agent and the
 * habilitations it lists, then the dry-run plan. The plan never loses an agent: a habilitation
 * the rules refuse (profile not in the bulletin, quota reached, T1 for an agent not marked
 * qualified) is kept on the agent « à régulariser » with the rule's message; a person already
 * in the register or earlier in the file (the duplicate rule) is merged or created as the
 * user chooses, never created silently. Rows with errors (no name, unreadable date or e-mail)
 * are listed and left out.
 *
 * Pure: the caller decodes the file into rows of strings (`roster-sheet.ts`). This module is
 * the entry point: reading the sheet (`roster-sheet.ts`), the field catalogue
 * (`roster-fields.ts`), guessing the mapping (`roster-mapping.ts`), reading a cell
 * (`roster-values.ts`), mapping a row (`roster-row.ts`) and planning the import
 * (`roster-plan.ts`), plus the CSV export (`roster-csv.ts`).
 */
export * from './roster-fields';
export * from './roster-mapping';
export * from './roster-values';
export * from './roster-row';
export * from './roster-plan';
export * from './roster-csv';
export { parseCsvText, readCsvSheet, type ParsedSheet } from './roster-sheet';
