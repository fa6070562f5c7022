export * from './demo-county';
export * from './seed-demo';
