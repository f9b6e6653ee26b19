export * from './builders.ts';
export * from './deps.ts';
export * from './localStoreContract.ts';
