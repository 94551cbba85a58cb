export type Timing = { name: string; medianMs: number; slowestMs: number; bytes: number };

/**
 * Times one heavy request a few times in a row (dashboard, export, search): what a single user
 * waits for, and how long the server's event loop is taken from everybody else meanwhile.
 */
export async function timeRequests(options: {
  name: string;
  url: string;
  cookie: string;
  times: number;
}): Promise<Timing> {
  const durations: number[] = [];
  let bytes = 0;
  for (let run = 0; run < options.times; run += 1) {
    const started = performance.now();
    const response = await fetch(options.url, { headers: { cookie: options.cookie } });
    const body = await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response.ok) throw new Error(`${options.name}: ${response.status}`);
    bytes = body.byteLength;
  }
  durations.sort((a, b) => a - b);
  return {
    name: options.name,
    medianMs: durations[Math.floor(durations.length / 2)]!,
    slowestMs: durations.at(-1)!,
    bytes,
  };
}
