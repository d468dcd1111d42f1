// Issue "Run it in production", item 7: Docker cannot run here, so this test replays the Dockerfile's
// layout steps (the build stage's assemble script, the runtime stage's COPY, WORKDIR, CMD and
// HEALTHCHECK) in a temporary folder outside the repository, and starts the server from it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppServer } from './support/app-server';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

/** The instructions of one stage (`FROM … AS name`), continuation lines joined. */
function stage(name: string): string[] {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
  const start = lines.findIndex((line) => new RegExp(`^FROM\\s+\\S+\\s+AS\\s+${name}\\b`, 'i').test(line));
  if (start < 0) throw new Error(`The Dockerfile has no stage named ${name}.`);
  const end = lines.findIndex((line, i) => i > start && /^FROM\s/i.test(line));
  return lines.slice(start, end < 0 ? undefined : end).filter((line) => line.trim() && !line.startsWith('#'));
}

function instruction(lines: string[], pattern: RegExp): RegExpMatchArray {
  for (const line of lines) {
    const match = line.match(pattern);
    if (match) return match;
  }
  throw new Error(`The Dockerfile has no line like ${pattern}`);
}

function execForm(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`Not an exec-form command: ${json}`);
  }
  return parsed;
}

/** Every workspace package's folder (apps/*, packages/*), relative to the repository. */
function workspacePackageDirs(): string[] {
  return ['apps', 'packages'].flatMap((parent) =>
    readdirSync(path.join(ROOT, parent), { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && existsSync(path.join(ROOT, parent, entry.name, 'package.json')),
      )
      .map((entry) => `${parent}/${entry.name}`),
  );
}

describe('the container image (Dockerfile, replayed)', () => {
  const build = stage('build');
  const runtime = stage('runtime');
  const root = mkdtempSync(path.join(tmpdir(), 'kit-image-'));
  const inImage = (containerPath: string) => path.join(root, containerPath);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs as a user other than root and leaves secrets and build output out of the context', () => {
    const [, user] = instruction(runtime, /^USER\s+(\S+)/);
    expect(user).not.toMatch(/^(root|0)$/);
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/.output', '.env', '.git']) expect(ignored).toContain(entry);
  });

  it("installs every workspace package's dependencies before it builds", () => {
    const install = build.findIndex((line) => /^RUN\s.*\bpnpm install\b/.test(line));
    expect(install).toBeGreaterThan(-1);
    const copiedBefore = build
      .slice(0, install)
      .flatMap((line) => line.match(/^COPY\s+(?!--)(.+)\s+\S+$/)?.[1]?.split(/\s+/) ?? []);
    // The whole context (`COPY . .`), or each package's manifest: a package left out gets no dependencies.
    const missing = copiedBefore.includes('.')
      ? []
      : workspacePackageDirs().filter((dir) => !copiedBefore.includes(`${dir}/package.json`));
    expect(missing).toEqual([]);
    const buildStep = build.findIndex((line) => /^RUN\s.*\bpnpm build\b/.test(line));
    expect(buildStep).toBeGreaterThan(install);
  });

  it('starts the server from the laid-out image, ready, with its static files and a passing HEALTHCHECK', async () => {
    const [, layoutDir = ''] = instruction(build, /^RUN\s.*\bsh deploy\/container\/assemble\.sh\s+(\S+)/);
    execFileSync('sh', ['deploy/container/assemble.sh', inImage(layoutDir)], { cwd: ROOT });
    const [, from = '', to = ''] = instruction(runtime, /^COPY\s+--from=build\s+(\S+)\s+(\S+)/);
    expect(from).toBe(layoutDir);
    if (to !== from) cpSync(inImage(from), inImage(to), { recursive: true });
    const [, workdir = ''] = instruction(runtime, /^WORKDIR\s+(\S+)/);
    const [command = '', script = ''] = execForm(instruction(runtime, /^CMD\s+(\[.*\])/)[1] ?? '');
    const [health = '', ...healthArgs] = execForm(
      instruction(runtime, /^HEALTHCHECK\s.*\bCMD\s+(\[.*\])/)[1] ?? '',
    );
    expect(command).toBe('node');
    expect(health).toBe('node');
    const cwd = inImage(workdir);
    // Only the build: no sources and no workspace packages came along.
    expect(existsSync(path.join(cwd, 'src'))).toBe(false);
    expect(existsSync(path.join(cwd, 'node_modules'))).toBe(false);

    const app = await startAppServer({}, { entry: path.resolve(cwd, script), cwd });
    const healthcheck = () =>
      spawnSync(process.execPath, healthArgs, { cwd, env: { PORT: String(app.port) }, timeout: 10_000 })
        .status;
    try {
      const ready = await fetch(`${app.baseUrl}/api/ready`);
      expect(ready.status).toBe(200);
      const page = await fetch(`${app.baseUrl}/`);
      expect(page.status).toBe(200);
      const script = (await page.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(`${app.baseUrl}${script}`)).status).toBe(200);
      expect(healthcheck()).toBe(0);
    } finally {
      expect(await app.stop()).toBe(0);
    }
    expect(healthcheck()).toBe(1);
  });
});
