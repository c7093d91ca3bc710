import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { type MachineInfo } from './bench-results';

/** The CPU model line of /proc/cpuinfo's text; 'unknown' without one. */
export function cpuModel(cpuinfo: string): string {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() ?? 'unknown';
}

/** What the bench ran on: CPU model, cores, memory, Node and kernel versions. */
export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = cpuModel(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    // not Linux: keep what Node reports
  }
  return { cpu, nproc: availableParallelism(), memGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, kernel: release() };
}
