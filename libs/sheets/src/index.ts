export * from './choices';
export * from './sheet-problems';
export * from './sheet-reader';
export * from './sheet-writer';
export * from './sheets.types';
export * from './import-report';
