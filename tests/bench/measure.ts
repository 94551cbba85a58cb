import autocannon from 'autocannon';

export type Measurement = { name: string; requestsPerSecond: number; p50: number; p99: number };

/**
 * Loads one URL for `seconds` with 20 connections over loopback. The load generator runs in a
 * worker thread, so it does not take the event loop from the server it measures.
 */
export async function measure(options: {
  name: string;
  url: string;
  cookie?: string;
  seconds: number;
}): Promise<Measurement> {
  const result = await autocannon({
    url: options.url,
    connections: 20,
    duration: options.seconds,
    workers: 1,
    headers: options.cookie ? { cookie: options.cookie } : {},
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${options.name}: ${failed} failed requests`);
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
