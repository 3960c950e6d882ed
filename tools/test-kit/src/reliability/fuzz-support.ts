// Shared by the clients' decoder fuzz tests: structural mutations of real JSON answers (a mutation
// picks a node by index and replaces it, deletes it, turns it into a JSON string, or upper-cases its
// key), and a timed outcome of one call.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a node of a JSON value. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

export type Mutation = { at: number; kind: 'replace' | 'delete' | 'stringify' | 'upper-key'; with: Json };

export function mutate(base: Json, mutations: Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      root = m.kind === 'replace' ? m.with : root;
      continue;
    }
    let parent = root as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const key = path[path.length - 1]!;
    if (m.kind === 'replace') parent[key] = m.with;
    else if (m.kind === 'stringify') parent[key] = JSON.stringify(parent[key]);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (typeof key === 'string' && !Array.isArray(parent)) {
      const v = parent[key]!;
      delete parent[key];
      parent[key.toUpperCase()] = v;
    }
  }
  return root;
}

/** Settles `call` and returns its error (undefined when it resolved) and how long it took. */
export async function outcome(call: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}
