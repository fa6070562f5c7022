// The benchmark's table: printed as it grows, and saved as the section of bench/results.md for its scale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { ms, Summary } from './stats';

export interface ResultRow {
  operation: string;
  scope: string;
  /** Rows the operation returned or touched. */
  rows?: number | string;
  statements?: number;
  timing?: Summary;
  /** The hand-written SQL computing the same answer, timed in the same run. */
  sql?: Summary;
  /** What the issue asks for, and whether it is met. */
  target?: string;
  met?: boolean;
  note?: string;
}

export class Results {
  readonly rows: ResultRow[] = [];
  private readonly loadBefore = os.loadavg();
  private readonly started = new Date();

  add(row: ResultRow): void {
    this.rows.push(row);
    console.log(format(row).join(' | '));
  }

  markdown(title: string, command: string, extra: string[]): string {
    const cpu = os.cpus();
    const header = ['operation', 'scope', 'rows', 'SQL stmts', 'median ms', 'p95 ms', 'hand SQL median ms', 'ratio', 'target', 'met', 'note'];
    return [
      `### ${title}`,
      '',
      `\`${command}\` — ${this.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}; ` +
        `load average ${fmtLoad(this.loadBefore)} before, ${fmtLoad(os.loadavg())} after.`,
      ...extra.map((line) => `${line}`),
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...this.rows.map((row) => `| ${format(row).join(' | ')} |`),
      '',
    ].join('\n');
  }
}

const fmtLoad = (load: number[]) => load.map((l) => l.toFixed(2)).join(' / ');

function format(row: ResultRow): string[] {
  const ratio = row.timing && row.sql ? (row.timing.median / row.sql.median).toFixed(2) : '';
  return [
    row.operation,
    row.scope,
    row.rows === undefined ? '' : String(row.rows),
    row.statements === undefined ? '' : String(row.statements),
    row.timing ? ms(row.timing.median) : '',
    row.timing ? ms(row.timing.p95) : '',
    row.sql ? ms(row.sql.median) : '',
    ratio,
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : '**no**',
    row.note ?? '',
  ];
}

/** Replaces (or appends) the section between the scale's markers in results.md, keeping the rest. */
export function saveSection(file: string, key: string, markdown: string): void {
  const begin = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${begin}\n${markdown}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# GridHR benchmark results\n\nWritten by `npm run bench`; each scale keeps its latest run.\n';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  writeFileSync(file, from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`);
}
