export * from './builders.ts';
export * from './deps.ts';
export * from './localStoreContract.ts';
export * from './memoryServer.ts';
