import { buildSchema } from 'graphql';
import { COST, CostClass, rootFieldCost, rootFieldCostProblems } from './query-costs';

const schema = buildSchema(`
  type FileDownload { fileName: String! }
  type TrainingReport { total: Int! }
  type Report { name: String! }
  type ScanRun { id: ID! }
  type WorkerImportReport { rows: Int! }
  type Query {
    workers: [String!]!
    reports: [Report!]!
    rosterExport: FileDownload!
    trainingReport: TrainingReport!
    scanRun: ScanRun!
    complianceCounts: [Int!]!
  }
  type Mutation { importWorkers: WorkerImportReport! runScan: ScanRun! renameRegion: String! }
`);

describe('root field costs', () => {
  const complete = {
    rosterExport: CostClass.FILE,
    trainingReport: CostClass.REPORT,
    importWorkers: CostClass.FILE,
    runScan: CostClass.JOB,
    complianceCounts: CostClass.REPORT,
  };

  it('agree with a schema whose files, reports, imports and job-starting mutations are all priced', () => {
    // A query returning a job's record only reads it; `Report` (a report's definition) is no report run.
    expect(rootFieldCostProblems(schema, complete)).toEqual([]);
  });

  it('name each costly field left unpriced or priced too low, and each priced field the schema lacks', () => {
    const { rosterExport: _file, runScan: _job, ...partial } = complete;
    expect(rootFieldCostProblems(schema, { ...partial, trainingReport: CostClass.JOB, removedExport: CostClass.FILE })).toEqual([
      'query rosterExport returns FileDownload (FILE) but has no cost',
      'query trainingReport returns TrainingReport (REPORT) but costs only JOB',
      'mutation runScan returns ScanRun (JOB) but has no cost',
      'removedExport has a cost but is no root field of the schema',
    ]);
  });

  it('price a field by its class, and an unlisted one at nothing extra', () => {
    expect(rootFieldCost('rosterExport', complete)).toBe(COST.FILE);
    expect(rootFieldCost('complianceCounts', complete)).toBe(COST.REPORT);
    expect(rootFieldCost('runScan', complete)).toBe(COST.JOB);
    expect(rootFieldCost('workers', complete)).toBe(0);
    expect(rootFieldCost('toString', complete)).toBe(0);
  });
});
