/**
 * Emulator handlers typed against an operation table: one handler per table entry, under the
 * same key, so an operation added to the table without a handler does not compile.
 */

/** One handler per operation of a table (`{ byNumber: …, pay: … }`), keyed as the table is. */
export type HandlersOf<Table, H> = { readonly [K in keyof Table]: H };

/** Handlers for every table of a group map (`{ invoices: { byNumber: … }, cashDesks: { … } }`). */
export type GroupHandlersOf<Groups, H> = { readonly [G in keyof Groups]: HandlersOf<Groups[G], H> };

/**
 * Indexes group handlers by each operation's wire name, which is what the emulators route on.
 * Throws when two operations share a wire name, since one of them could never be reached.
 */
export function handlersByWire<H>(
  groups: Record<string, Record<string, { readonly wire: string }>>,
  handlers: Record<string, Record<string, H>>,
): Map<string, H> {
  const out = new Map<string, H>();
  for (const [group, table] of Object.entries(groups)) {
    for (const [key, op] of Object.entries(table)) {
      const handler = handlers[group]?.[key];
      if (handler === undefined) throw new Error(`No emulator handler for ${group}.${key} (${op.wire}).`);
      if (out.has(op.wire)) throw new Error(`Two operations share the wire name ${op.wire}.`);
      out.set(op.wire, handler);
    }
  }
  return out;
}
