/** CPU time of processes from /proc (Linux): the benchmarks' per-process CPU milliseconds. */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU ticks (utime + stime) of a process, and of its waited-for children (cutime + cstime) when asked. */
export function ticks(pid: number, withChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return utime! + stime! + (withChildren ? cutime! + cstime! : 0);
  } catch {
    return 0; // gone
  }
}

/** PostgreSQL's CPU ticks: the postmaster with its exited children, and every child still running. */
export function postgresTicks(postmaster: number): number {
  let sum = ticks(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) sum += ticks(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return sum;
}
export const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux
