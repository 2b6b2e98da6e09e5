/** The machine results were measured on, for the report (timings mean little without it). */
import { cpus, platform, release, totalmem, arch } from 'node:os';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
}

export function machine(): Machine {
  const cpu = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

export function describeMachine(m: Machine): string {
  return `${m.os}, ${m.cpu} (${m.cores} cores), ${m.memoryGb} GB, Node ${m.node}`;
}
