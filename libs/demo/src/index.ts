export * from './demo-county';
export * from './seed-demo';
export * from './demo-workers';
export * from './demo-training';
export * from './demo-assessment';
