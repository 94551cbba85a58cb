import { startAuthMeProbe } from './auth-me-probe';
import { watchEventLoop } from './event-loop-watch';

export type Timing = {
  name: string;
  medianMs: number;
  bytes: number;
  /** The longest event-loop delay while the request ran: median and worst of the runs. */
  loopMedianMs: number;
  loopWorstMs: number;
  /** `auth/me` answered meanwhile, over all runs; null when the request was done before one. */
  probeP99Ms: number | null;
  probeMaxMs: number | null;
};

const sortedCopy = (values: number[]) => values.toSorted((a, b) => a - b);
const at = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

/** Reads a body chunk by chunk without keeping it: the export's 13 MB would only feed the GC. */
async function countBytes(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
  }
  return bytes;
}

/**
 * Times one heavy request a few times in a row (dashboard, export, search): what its user waits
 * for, how long it held the portal's event loop, and what a colleague's `auth/me` waited for
 * meanwhile (fired every 10 ms from a worker thread).
 */
export async function timeRequests(options: {
  name: string;
  url: string;
  probeUrl: string;
  cookie: string;
  times: number;
}): Promise<Timing> {
  const durations: number[] = [];
  const loopDelays: number[] = [];
  const probeLatencies: number[] = [];
  let bytes = 0;
  for (let run = 0; run < options.times; run += 1) {
    const probe = await startAuthMeProbe({
      url: options.probeUrl,
      cookie: options.cookie,
      intervalMs: 10,
    });
    const loop = watchEventLoop();
    const started = performance.now();
    const response = await fetch(options.url, { headers: { cookie: options.cookie } });
    const size = await countBytes(response);
    durations.push(performance.now() - started);
    loopDelays.push(loop.stop());
    const probed = await probe.stop();
    if (!response.ok) throw new Error(`${options.name}: ${response.status}`);
    if (probed.failures > 0) throw new Error(`${options.name}: ${probed.failures} failed probes`);
    probeLatencies.push(...probed.latencies);
    bytes = size;
  }
  const loops = sortedCopy(loopDelays);
  const probes = sortedCopy(probeLatencies);
  return {
    name: options.name,
    medianMs: at(sortedCopy(durations), 0.5),
    bytes,
    loopMedianMs: at(loops, 0.5),
    loopWorstMs: loops.at(-1) ?? 0,
    probeP99Ms: probes.length > 0 ? at(probes, 0.99) : null,
    probeMaxMs: probes.at(-1) ?? null,
  };
}
