export * from './report-exporter';
export * from './report-exports';
export * from './reports.module';
export * from './reports.plugin';
export * from './reports.service';
export * from './report-file.entity';
export * from './report-files.service';
export * from './reports.errors';
