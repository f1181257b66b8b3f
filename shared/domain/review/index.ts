export * from './opening';
export * from './decisions';
export * from './closing';
export * from './summary';
export * from './checklist';
export * from './anomalies';
export * from './attestation';
export * from './portal';
