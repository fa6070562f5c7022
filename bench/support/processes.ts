// The api and the worker as a deployment runs them: separate processes built from dist/, watched from
// outside for CPU time and peak memory.
import { ChildProcess, spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// The compiled tree this file runs from (dist/), so a copy of it runs its own api and worker.
const dist = path.resolve(__dirname, '..', '..');

export interface Service {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `<dist>/<entry>` with `env`; its output goes to `logFile`. */
export function startService(name: string, entry: string, env: NodeJS.ProcessEnv, logFile: string): Service {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', path.join(dist, 'scripts/register-paths.js'), path.join(dist, entry)], {
    env,
    stdio: ['ignore', out, out],
  });
  return {
    name,
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** Waits until GET /health answers 200 (or the process dies, or 60 s pass). */
export async function waitHealthy(baseUrl: string, service: Service): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${service.name} did not become healthy in 60 s`);
    await sleep(250);
  }
}

/** The process and every descendant (cluster workers), from /proc. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** User + system CPU milliseconds used so far by the processes. */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The highest peak resident memory (VmHWM) among the processes, in MB. */
export function peakRssMb(pids: number[]): number {
  let peak = 0;
  for (const pid of pids) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // gone
    }
  }
  return peak;
}

/** Resets the peak resident memory (VmHWM) of the processes to their current RSS (Linux: clear_refs 5). */
export function resetPeakRss(pids: number[]): void {
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // gone, or not ours
    }
  }
}

/** The largest current resident memory (VmRSS) among the processes, in MB. */
export function rssMb(pids: number[]): number {
  let most = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) most = Math.max(most, Number(match[1]) / 1024);
    } catch {
      // gone
    }
  }
  return most;
}
