/**
 * Imported first by the documents worker, so it runs before pdfmake's code is evaluated (a
 * second or more on a slow PC): the font files are fetched meanwhile, not after it.
 */
import { fetchFontFiles } from './fonts';

void fetchFontFiles().catch(() => undefined);
