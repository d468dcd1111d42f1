// Reads Start's serialized server-function answers (seroval's JSON nodes) into plain values, including
// values written by serialization adapters and plugins, so tests can assert on them.
type Node = { t: number; i?: number; s?: unknown; p?: { k: string[]; v: Node[] }; a?: Node[]; c?: string };

const CONSTANTS: Record<number, unknown> = { 0: null, 1: undefined, 2: true, 3: false };

export function decodeSeroval(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const n = node as Node;
  switch (n.t) {
    case 0:
    case 1:
      return n.s;
    case 2:
      return CONSTANTS[n.s as number];
    case 5:
      return new Date(String(n.s));
    case 9:
      return (n.a ?? []).map(decodeSeroval);
    case 10:
    case 11: {
      const result: Record<string, unknown> = {};
      n.p?.k.forEach((key, index) => {
        result[key] = decodeSeroval(n.p?.v[index]);
      });
      return result;
    }
    default: {
      // Plugin and adapter nodes keep their payload in `s`.
      if (n.s && typeof n.s === 'object') {
        const result: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(n.s as Record<string, unknown>)) {
          result[key] = decodeSeroval(value);
        }
        // Serialization adapters wrap their payload as { v }.
        const keys = Object.keys(result);
        return keys.length === 1 && keys[0] === 'v' ? result.v : result;
      }
      return n.s;
    }
  }
}
