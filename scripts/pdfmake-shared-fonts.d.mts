import type { Plugin } from 'vite';
export function pdfmakeSharedFonts(): Plugin;
