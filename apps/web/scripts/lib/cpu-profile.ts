import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Reading a V8 CPU profile (the DevTools protocol's, or `node --cpu-prof`'s): self time per category of
// work and per function.

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  /** The source module the bundle says the line came from (its `// path` markers), when it says. */
  module?: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A category of work: a sample belongs to the first category (in list order) matching a frame of its stack. */
export interface Category {
  name: string;
  matches: (frame: CallFrame) => boolean;
}

export interface ProfileSummary {
  /** Microseconds of CPU per category. */
  byCategory: Map<string, number>;
  /** Microseconds of self time per function (`name (file)`), the top ones. */
  topFunctions: Array<[string, number]>;
  /** Busy microseconds (idle excluded). */
  busy: number;
}

const IDLE = new Set(['(idle)']);

/**
 * Marks each frame with its source module, from the `// <path>` comments the server bundler writes before
 * each module it inlines (the app's own SSR chunk has none; its frames keep only their function names).
 */
export function annotateModules(profile: CpuProfile): void {
  const markersByUrl = new Map<string, Array<[number, string]>>();
  const markersOf = (url: string) => {
    let markers = markersByUrl.get(url);
    if (!markers) {
      markers = [];
      if (url.startsWith('file://')) {
        try {
          readFileSync(fileURLToPath(url), 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (/^\/\/ (\.\.\/|src\/|#)/.test(line)) markers?.push([index, line.slice(3)]);
            });
        } catch {
          // not a readable file: no module names
        }
      }
      markersByUrl.set(url, markers);
    }
    return markers;
  };
  for (const node of profile.nodes) {
    const markers = markersOf(node.callFrame.url);
    let module: string | undefined;
    for (const [line, path] of markers) {
      if (line > node.callFrame.lineNumber) break;
      module = path;
    }
    if (module) node.callFrame.module = module;
  }
}

function fileOf(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1) || '(native)';
}

/**
 * Self time by category and by function. A sample counts for the first category any frame of its stack
 * matches, so work done for a phase through a library (the SQL driver under the session read, a router
 * component under React's render) counts for the phase; samples no category claims go to
 * `categoryOfLeaf(leaf)`.
 */
export function summarizeProfile(
  profile: CpuProfile,
  categories: Category[],
  categoryOfLeaf: (leaf: CallFrame) => string,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const categoryOfNode = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const known = categoryOfNode.get(id);
    if (known) return known;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) stack.push(frame);
    }
    const found = categories.find((category) => stack.some((frame) => category.matches(frame)))?.name;
    const name =
      found ?? categoryOfLeaf(byId.get(id)?.callFrame ?? { functionName: '', url: '', lineNumber: 0 });
    categoryOfNode.set(id, name);
    return name;
  };

  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    // A sample's delta is the time since the previous one: charge it to this sample.
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame || IDLE.has(frame.functionName)) return;
    busy += delta;
    const category = categoryOf(id);
    byCategory.set(category, (byCategory.get(category) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} (${fileOf(frame.url)}:${frame.lineNumber + 1})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  });
  const topFunctions = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return { byCategory, topFunctions, busy };
}
