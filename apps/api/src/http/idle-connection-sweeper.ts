import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';

/** How often idle keep-alive connections are dropped while the app shuts down. */
const SWEEP_INTERVAL_MS = 50;

/**
 * Closing the HTTP server waits for every connection to end, and a keep-alive connection whose
 * request has just finished stays open until the client drops it (seconds later). During
 * shutdown this drops each connection as soon as it is idle, so draining takes as long as the
 * slowest in-flight request and no longer.
 */
@Injectable()
export class IdleConnectionSweeper implements BeforeApplicationShutdown, OnApplicationShutdown {
  private sweep: NodeJS.Timeout | undefined;

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  beforeApplicationShutdown(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (server === undefined || typeof server.closeIdleConnections !== 'function') return;
    this.sweep = setInterval(() => server.closeIdleConnections(), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }
}
