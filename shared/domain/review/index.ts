export * from './campaign';
export * from './checklist';
export * from './anomalies';
export * from './attestation';
export * from './portal';
