import type { SaveFilter } from '../../shared/ipc/contract';

export const MIME_BY_FILTER: Record<SaveFilter, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};
