export * from './primitives';
export * from './entities';
export * from './portal';
