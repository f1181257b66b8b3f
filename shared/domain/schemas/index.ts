export * from './primitives';
export * from './entities';
