// The example organization-scoped feature (src/features/projects, src/routes/_authed/projects.tsx) over HTTP against the production
// build: owners manage projects, members only read them, and another organization's project ids answer
// 404 with nothing changed.
import { getDatabase } from '@kit/database';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../src/features/projects/projects.table';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import { setActiveOrganization } from './support/organization-fixtures';

const fn = {
  list: 'features.projects.projects.functions.fetchProjects',
  create: 'features.projects.projects.functions.createProject',
  update: 'features.projects.projects.functions.updateProject',
  delete: 'features.projects.projects.functions.deleteProject',
} as const;

async function projectsOf(organizationId: string) {
  return getDatabase()
    .select({ id: projects.id, name: projects.name, description: projects.description })
    .from(projects)
    .where(eq(projects.organizationId, organizationId))
    .orderBy(asc(projects.id));
}

async function insertProject(organizationId: string, name: string) {
  const [row] = await getDatabase()
    .insert(projects)
    .values({ organizationId, name })
    .returning({ id: projects.id });
  if (!row) throw new Error('no project inserted');
  return row.id;
}

describe('projects of the active organization (production build)', () => {
  let app: AppServer;
  let owner: HttpClient;
  let member: HttpClient;
  let otherOwner: HttpClient;
  let outsider: HttpClient;
  let orgId: string;
  let otherOrgId: string;

  beforeAll(async () => {
    app = await startAppServer();
    const db = getDatabase();
    const users: Record<'owner' | 'member' | 'otherOwner' | 'outsider', TestUser> = {
      owner: await createTestUser(db),
      member: await createTestUser(db),
      otherOwner: await createTestUser(db),
      outsider: await createTestUser(db),
    };
    orgId = (
      await createTestOrganization(db, {
        members: [
          { userId: users.owner.id, role: 'owner' },
          { userId: users.member.id, role: 'member' },
        ],
      })
    ).id;
    otherOrgId = (
      await createTestOrganization(db, { members: [{ userId: users.otherOwner.id, role: 'owner' }] })
    ).id;
    [owner, member, otherOwner, outsider] = [users.owner, users.member, users.otherOwner, users.outsider].map(
      () => new HttpClient(app.baseUrl),
    ) as [HttpClient, HttpClient, HttpClient, HttpClient];
    for (const [client, user] of [
      [owner, users.owner],
      [member, users.member],
      [otherOwner, users.otherOwner],
      [outsider, users.outsider],
    ] as const) {
      expect((await client.signIn(user)).status).toBe(200);
    }
    await setActiveOrganization(owner, orgId);
    await setActiveOrganization(member, orgId);
    await setActiveOrganization(otherOwner, otherOrgId);
    // Not a member: the session merely points at the organization.
    await setActiveOrganization(outsider, orgId);
  });
  afterAll(() => app.stop());

  it('an owner creates, lists, edits and deletes a project', async () => {
    const created = await owner.serverFn(fn.create, {
      data: { name: '  Website relaunch ', description: 'New design' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ result: { name: 'Website relaunch', description: 'New design' } });
    const id = (created.body as { result: { id: string } }).result.id;

    const listed = await owner.serverFn(fn.list, { method: 'GET' });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      result: { canManage: true, projects: [{ id, name: 'Website relaunch' }] },
    });

    // Without a description the stored one stays; with one it is replaced (several lines kept); empty clears it.
    const renamed = await owner.serverFn(fn.update, { data: { projectId: id, name: 'Relaunch 2027' } });
    expect(renamed.status).toBe(200);
    expect(await projectsOf(orgId)).toEqual([{ id, name: 'Relaunch 2027', description: 'New design' }]);
    const described = await owner.serverFn(fn.update, {
      data: { projectId: id, name: 'Relaunch 2027', description: 'Goals\n- faster\n- clearer ' },
    });
    expect(described.status).toBe(200);
    expect(await projectsOf(orgId)).toEqual([
      { id, name: 'Relaunch 2027', description: 'Goals\n- faster\n- clearer' },
    ]);
    const cleared = await owner.serverFn(fn.update, {
      data: { projectId: id, name: 'Relaunch 2027', description: '' },
    });
    expect(cleared.status).toBe(200);
    expect(await projectsOf(orgId)).toEqual([{ id, name: 'Relaunch 2027', description: null }]);

    const deleted = await owner.serverFn(fn.delete, { data: { projectId: id } });
    expect(deleted.status).toBe(200);
    expect(await projectsOf(orgId)).toEqual([]);
  });

  it('a member lists projects but gets 403 on create, edit and delete, with nothing changed', async () => {
    const id = await insertProject(orgId, 'Read only');
    const before = await projectsOf(orgId);

    const listed = await member.serverFn(fn.list, { method: 'GET' });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      result: { canManage: false, projects: expect.arrayContaining([expect.objectContaining({ id })]) },
    });
    expect((listed.body as { result: { projects: unknown[] } }).result.projects).toHaveLength(before.length);

    expect((await member.serverFn(fn.create, { data: { name: 'Sneaky' } })).status).toBe(403);
    expect((await member.serverFn(fn.update, { data: { projectId: id, name: 'Sneaky' } })).status).toBe(403);
    expect((await member.serverFn(fn.delete, { data: { projectId: id } })).status).toBe(403);
    expect(await projectsOf(orgId)).toEqual(before);
  });

  it('a non-member whose session points at the organization cannot even list its projects', async () => {
    await insertProject(orgId, 'Members only');
    const listed = await outsider.serverFn(fn.list, { method: 'GET' });
    expect(listed.status).toBe(403);
    expect(JSON.stringify(listed.body)).not.toContain('Members only');
  });

  it("another organization's owner gets 404 for this organization's project ids, with nothing changed", async () => {
    const id = await insertProject(orgId, 'Not yours');
    const before = await projectsOf(orgId);

    const renamed = await otherOwner.serverFn(fn.update, { data: { projectId: id, name: 'Taken over' } });
    expect(renamed.status).toBe(404);
    const deleted = await otherOwner.serverFn(fn.delete, { data: { projectId: id } });
    expect(deleted.status).toBe(404);
    // The same answer as for an id that exists nowhere.
    const random = await otherOwner.serverFn(fn.delete, { data: { projectId: crypto.randomUUID() } });
    expect(random.status).toBe(404);
    expect(random.body).toEqual(deleted.body);

    // An organization id in the body is dropped: the project lands in the caller's organization.
    const created = await otherOwner.serverFn(fn.create, { data: { name: 'Mine', organizationId: orgId } });
    expect(created.status).toBe(200);
    expect(await projectsOf(orgId)).toEqual(before);
    expect((await projectsOf(otherOrgId)).map((project) => project.name)).toEqual(['Mine']);

    const listed = await otherOwner.serverFn(fn.list, { method: 'GET' });
    expect(JSON.stringify(listed.body)).not.toContain('Not yours');
  });

  it('invalid input answers 400 with the errors of each field', async () => {
    const before = await projectsOf(orgId);
    const empty = await owner.serverFn(fn.create, { data: { name: '   ', description: 'x'.repeat(501) } });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: { fieldErrors: { name: expect.any(Array), description: expect.any(Array) } },
    });

    const id = await insertProject(orgId, 'Keep my name');
    const tooLong = await owner.serverFn(fn.update, { data: { projectId: id, name: 'n'.repeat(81) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: { fieldErrors: { name: expect.any(Array) } } });
    expect(await projectsOf(orgId)).toEqual(
      [...before, { id, name: 'Keep my name', description: null }].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
