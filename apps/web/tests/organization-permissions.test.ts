// The permission matrix of organization actions over HTTP against the production build: every role
// (and a non-member whose session points at the organization) tries every action. Allowed ones
// succeed; the rest answer 403 with nothing changed in the database.
import { getDatabase } from '@kit/database';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import {
  createOrganizationFixture,
  type OrganizationFixture,
  orgFn,
  setActiveOrganization,
  snapshotOrganization,
} from './support/organization-fixtures';

type Actor = 'owner' | 'admin' | 'member' | 'non-member';

interface ActionCase {
  name: string;
  allowed: Actor[];
  call: (client: HttpClient, org: OrganizationFixture, target: TestUser) => Promise<{ status: number }>;
}

const actions: ActionCase[] = [
  {
    name: 'rename',
    allowed: ['owner', 'admin'],
    call: (client, org) =>
      client.serverFn(orgFn.update, { data: { name: 'Renamed Org', slug: org.slug, logo: '' } }),
  },
  {
    name: 'delete',
    allowed: ['owner'],
    call: (client, org) => client.serverFn(orgFn.delete, { data: { confirmName: org.name } }),
  },
  {
    name: 'invite',
    allowed: ['owner', 'admin'],
    call: (client) =>
      client.serverFn(orgFn.invite, {
        data: { email: `new-${crypto.randomUUID().slice(0, 6)}@example.test`, role: 'member' },
      }),
  },
  {
    name: 'cancel invitation',
    allowed: ['owner', 'admin'],
    call: (client, org) => client.serverFn(orgFn.cancel, { data: { invitationId: org.invitationId } }),
  },
  {
    name: 'change role',
    allowed: ['owner', 'admin'],
    call: (client, org, target) =>
      client.serverFn(orgFn.changeRole, { data: { memberId: org.memberIds[target.id], role: 'admin' } }),
  },
  {
    name: 'remove member',
    allowed: ['owner', 'admin'],
    call: (client, org, target) =>
      client.serverFn(orgFn.remove, { data: { memberId: org.memberIds[target.id] } }),
  },
  {
    name: 'transfer ownership',
    allowed: ['owner'],
    call: (client, org, target) =>
      client.serverFn(orgFn.transfer, { data: { memberId: org.memberIds[target.id] } }),
  },
  {
    name: 'read members',
    allowed: ['owner', 'admin', 'member'],
    call: (client) => client.serverFn(orgFn.members, { method: 'GET' }),
  },
];

const actors: Actor[] = ['owner', 'admin', 'member', 'non-member'];

describe('organization permission matrix (production build)', () => {
  let app: AppServer;
  const users = {} as Record<Actor | 'target', TestUser>;
  const clients = {} as Record<Actor, HttpClient>;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    for (const key of [...actors, 'target'] as const) users[key] = await createTestUser(db);
    for (const actor of actors) {
      clients[actor] = new HttpClient(app.baseUrl);
      expect((await clients[actor].signIn(users[actor])).status).toBe(200);
    }
  });
  afterAll(() => app.stop());

  for (const action of actions) {
    for (const actor of actors) {
      const allowed = action.allowed.includes(actor);
      it(`${actor} ${allowed ? 'may' : 'may not'} ${action.name}`, async () => {
        const org = await createOrganizationFixture([
          { user: users.owner, role: 'owner' },
          { user: users.admin, role: 'admin' },
          { user: users.member, role: 'member' },
          { user: users.target, role: 'member' },
        ]);
        const client = clients[actor];
        await setActiveOrganization(client, org.id);
        const before = await snapshotOrganization(org.id);
        const result = await action.call(client, org, users.target);
        if (allowed) {
          expect(result.status).toBe(200);
        } else {
          expect(result.status).toBe(403);
          expect(await snapshotOrganization(org.id)).toEqual(before);
        }
      });
    }
  }
});
