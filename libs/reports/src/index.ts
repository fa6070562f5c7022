export * from './report-exporter';
export * from './reports.module';
export * from './reports.plugin';
export * from './reports.service';
