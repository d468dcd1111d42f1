// Issue "Run it in production", item 4: on SIGTERM an instance stops taking connections, finishes the
// requests in flight, closes its pool and exits 0; behind a proxy, restarting one instance of two under
// steady signed-in load fails no request.
import { connect } from 'node:net';
import { getDatabase } from '@kit/database';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, freePort, startAppServer } from './support/app-server';
import { type HttpClient, signedInClient } from './support/http-client';
import { type ReverseProxy, startNginx } from './support/nginx';

const CLIENTS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  status: number | string;
  upstream: string;
  startedAt: number;
  finishedAt: number;
}

describe('graceful shutdown behind a reverse proxy', () => {
  const ports: number[] = [];
  let proxyPort: number;
  let proxy: ReverseProxy;
  let first: AppServer;
  let second: AppServer;
  let clients: HttpClient[];

  const startInstance = (port: number) =>
    startAppServer(
      { BETTER_AUTH_URL: `http://localhost:${proxyPort}`, TRUST_PROXY: 'true', SHUTDOWN_TIMEOUT_MS: '10000' },
      { port },
    );

  beforeAll(async () => {
    ports.push(await freePort(), await freePort());
    proxyPort = await freePort();
    [first, second] = (await Promise.all(ports.map(startInstance))) as [AppServer, AppServer];
    proxy = await startNginx(ports, { port: proxyPort });
    const db = getDatabase();
    const people = [];
    for (let i = 0; i < CLIENTS; i++) {
      const person = await createTestUser(db);
      await createTestOrganization(db, { members: [{ userId: person.id, role: 'owner' }] });
      people.push(person);
    }
    clients = await Promise.all(people.map((person) => signedInClient(proxy.baseUrl, person)));
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await proxy?.stop();
  });

  it('answers every request while one instance is stopped and started again', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const load = clients.map(async (client) => {
      while (running) {
        const startedAt = Date.now();
        try {
          // A signed-out client would be redirected (3xx): only a 200 is the signed-in page.
          const response = await client.request('/dashboard');
          await response.arrayBuffer();
          outcomes.push({
            status: response.status,
            upstream: response.headers.get('x-upstream') ?? '',
            startedAt,
            finishedAt: Date.now(),
          });
        } catch (error) {
          outcomes.push({ status: String(error), upstream: '', startedAt, finishedAt: Date.now() });
        }
      }
    });

    await sleep(1_500);
    const signalledAt = Date.now();
    const exitCode = await first.stop();
    const stoppedAfterMs = Date.now() - signalledAt;
    first = await startInstance(ports[0] ?? 0);
    await sleep(3_000);
    running = false;
    await Promise.all(load);

    const firstAddress = `127.0.0.1:${ports[0]}`;
    const failures = outcomes.filter((outcome) => outcome.status !== 200);
    expect(failures).toEqual([]);
    expect(exitCode).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    // The stopped instance finished requests it had when the signal came, and served again once back.
    const drained = outcomes.filter(
      (o) => o.upstream === firstAddress && o.startedAt < signalledAt && o.finishedAt > signalledAt,
    );
    expect(drained.length).toBeGreaterThan(0);
    expect(
      outcomes.some((o) => o.startedAt > signalledAt + stoppedAfterMs && o.upstream === firstAddress),
    ).toBe(true);
    expect(outcomes.length).toBeGreaterThan(50);
    console.log(
      `${outcomes.length} requests, ${drained.length} in flight on the stopped instance at SIGTERM; it exited ${exitCode} after ${stoppedAfterMs} ms`,
    );
  }, 60_000);
});

/** A raw connection to the instance, to be caught mid-request by the signal. */
async function openConnection(app: AppServer) {
  const socket = connect(app.port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk;
  });
  const closed = new Promise((resolve) => socket.once('close', resolve));
  return { socket, closed, received: () => received, host: new URL(app.baseUrl).host };
}

describe('SIGTERM on one instance', () => {
  it('refuses new connections, answers readiness 503 to a request already arriving, and exits 0', async () => {
    const app = await startAppServer();
    const connection = await openConnection(app);
    // The request's headers are not complete yet when the signal comes.
    connection.socket.write(`GET /api/ready HTTP/1.1\r\nHost: ${connection.host}\r\n`);
    await sleep(200);
    const exited = app.stop();
    await sleep(300);
    await expect(fetch(`${app.baseUrl}/api/health`)).rejects.toThrow();
    connection.socket.write('\r\n');
    await connection.closed;
    expect(await exited).toBe(0);
    const answer = connection.received();
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"shuttingDown":true');
  });

  it('cuts a request that outlasts SHUTDOWN_TIMEOUT_MS and still exits 0', async () => {
    const app = await startAppServer({ SHUTDOWN_TIMEOUT_MS: '1000' });
    const connection = await openConnection(app);
    // A body that never finishes arriving.
    connection.socket.write(
      `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: ${connection.host}\r\nOrigin: ${app.baseUrl}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":`,
    );
    await sleep(200);
    const signalledAt = Date.now();
    expect(await app.stop()).toBe(0);
    const tookMs = Date.now() - signalledAt;
    await connection.closed;
    expect(tookMs).toBeGreaterThanOrEqual(900);
    expect(tookMs).toBeLessThan(4_000);
  });

  it('cuts a request stuck in a database query at SHUTDOWN_TIMEOUT_MS, closes the pool and exits 0', async () => {
    const app = await startAppServer({ SHUTDOWN_TIMEOUT_MS: '2000' });
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    // Another connection holds the session table: the page's session read waits for the lock.
    let releaseLock = () => {};
    const released = new Promise<void>((resolve) => {
      releaseLock = resolve;
    });
    let lockTaken = () => {};
    const locked = new Promise<void>((resolve) => {
      lockTaken = resolve;
    });
    const holder = getDatabase().transaction(async (tx) => {
      await tx.execute(sql`lock table "session" in access exclusive mode`);
      lockTaken();
      await released;
    });
    try {
      await locked;
      const stuck = client.request('/dashboard').then(
        (response) => response.status,
        (error: unknown) => String(error),
      );
      await sleep(300);
      const signalledAt = Date.now();
      const exitCode = await app.stop();
      const tookMs = Date.now() - signalledAt;
      expect(exitCode).toBe(0);
      expect(tookMs).toBeGreaterThanOrEqual(1_900);
      expect(tookMs).toBeLessThan(2_000 + 2_500);
      // The cut request got no page.
      expect(await stuck).not.toBe(200);
    } finally {
      releaseLock();
      await holder;
    }
  });
});
