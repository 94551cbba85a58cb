import type { Server } from 'node:http';
import type { Logger } from 'pino';

export type ShutdownOptions = {
  server: Server;
  logger: Logger;
  /** In-flight requests get this long to finish; then the remaining connections are cut. */
  timeoutMs: number;
  /** Runs once no request is left: stop the schedulers, close the database. */
  release: () => void;
};

/**
 * Stops taking connections and lets the requests under way finish. Keep-alive connections are
 * closed as soon as they fall idle, so one open browser tab does not hold the shutdown up.
 */
export function shutDownGracefully({ server, logger, timeoutMs, release }: ShutdownOptions) {
  return new Promise<void>((done) => {
    logger.info('shutting down: finishing requests under way');
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => {
      logger.warn({ timeoutMs }, 'requests still running after the shutdown timeout; cutting them');
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(closeIdle);
      clearTimeout(force);
      release();
      logger.info('shut down');
      done();
    });
    server.closeIdleConnections();
  });
}
