export * from './campaign';
export * from './checklist';
