import { Worker } from 'node:worker_threads';

export type ProbeResult = { latencies: number[]; failures: number };

/** Starts the `auth/me` probe (see the worker); `stop()` waits for its last answers. */
export async function startAuthMeProbe(options: {
  url: string;
  cookie: string;
  intervalMs: number;
}): Promise<{ stop: () => Promise<ProbeResult> }> {
  const worker = new Worker(new URL('./auth-me-probe.worker.mjs', import.meta.url), {
    workerData: options,
  });
  await new Promise<void>((ready) => worker.once('message', () => ready()));
  return {
    stop: async () => {
      const result = new Promise<ProbeResult>((done) => worker.once('message', done));
      worker.postMessage('stop');
      const answer = await result;
      await worker.terminate();
      return answer;
    },
  };
}
