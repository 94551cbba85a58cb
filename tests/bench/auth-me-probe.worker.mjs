// Fires `GET /api/auth/me` every `intervalMs` from its own thread, so a stalled portal shows as
// latency here instead of merely delaying the timers that would send the requests.
import { parentPort, workerData } from 'node:worker_threads';

const { url, cookie, intervalMs } = workerData;
const latencies = [];
const pending = new Set();
let failures = 0;

async function probe(record = true) {
  const sent = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) failures += 1;
    else if (record) latencies.push(performance.now() - sent);
  } catch {
    failures += 1;
  }
}

// A first request opens the connection; then the measured ones start.
await probe(false);
parentPort.postMessage('ready');
const timer = setInterval(() => {
  const request = probe().finally(() => pending.delete(request));
  pending.add(request);
}, intervalMs);

parentPort.once('message', async () => {
  clearInterval(timer);
  await Promise.all(pending);
  parentPort.postMessage({ latencies, failures });
});
