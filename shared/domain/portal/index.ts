/** Reconciling the register with the list of accounts exported from « Mon Compte Partenaire ». */
export * from './columns';
export * from './cells';
export * from './names';
export * from './accounts';
export * from './match';
export * from './differences';
export * from './reconcile';
export * from './alerts';
