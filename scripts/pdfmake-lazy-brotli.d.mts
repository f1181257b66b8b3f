import type { Plugin } from 'vite';
export function pdfmakeLazyBrotli(): Plugin;
