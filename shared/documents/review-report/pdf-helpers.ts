/** Small pdfmake pieces the review report's sections share. */
import type { Content } from 'pdfmake/interfaces';
import { formatDateFr } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { SHORT_BLANK_LINE } from '../text';

export const n = (v: number) => formatNumber(v);
export const fr = (d: string | undefined, blank = SHORT_BLANK_LINE) =>
  d ? formatDateFr(d) : blank;

export function keyValue(rows: [string, string][]): Content {
  return {
    table: {
      widths: [190, '*'],
      body: rows.map(([k, v]) => [{ text: k }, { text: v, bold: true }]),
    },
    layout: 'noBorders',
  };
}
