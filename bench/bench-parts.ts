import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The benchmark's parts as child processes: each part is single-threaded (app and sandboxes share
 * one event loop), so two parts side by side use both of the machine's cores, and each measures
 * its own heap and invocations undisturbed by the other's data. A child runs this same script
 * with BENCH_PART set and writes its figures to BENCH_OUT.
 */
export interface Part {
  name: string;
  env: Record<string, string>;
}

export async function runParts(parts: Part[]): Promise<Record<string, unknown>[]> {
  return Promise.all(parts.map(runPart));
}

function runPart(part: Part): Promise<Record<string, unknown>> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-bench-')), `${part.name}.json`);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]], {
    env: { ...process.env, ...part.env, BENCH_OUT: out },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const relay = (stream: NodeJS.ReadableStream, write: (line: string) => void) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim() && !line.includes('npm warn')) write(`[${part.name}] ${line}`);
    });
  };
  relay(child.stdout, (line) => console.log(line));
  relay(child.stderr, (line) => console.error(line));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !fs.existsSync(out)) return reject(new Error(`Benchmark part ${part.name} failed (exit ${code})`));
      resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>);
    });
  });
}

/** In a child: hands the part's figures to the parent. */
export function reportPart(figures: unknown): void {
  fs.writeFileSync(process.env.BENCH_OUT!, JSON.stringify(figures));
}
