import { CHANGE_KEY, ENTITY_KINDS, type EntityKind, type WireRecord, defaults } from './entities.js';

/** A queued change record: `Guid` plus one entity snapshot, as `To1c/Requests` returns it. */
export interface QueuedChange {
  /** The record's `Guid`, which `To1c/Delete?guid=…` removes. */
  Guid: string;
  /** Which entity the snapshot holds. */
  kind: EntityKind;
  /** Id of the entity at the time of the change (to apply objectId on acknowledge). */
  entityId: string;
  /** A document's TypeName (document ids are unique per type only). */
  typeName?: string | undefined;
  /** The record body without `Guid`: one key (`Counter`, `Obj`, ...) holding the entity snapshot. */
  record: WireRecord;
}

/** An entry of the deleted-items list. */
export interface DeletedEntry {
  /** The entry's `Guid`, which `To1c/Delete?guid=…` removes. */
  Guid: string;
  /** The deleted record's id: its external id, or its temporary `--` id when none was assigned. */
  Id: string;
  /** The deleted record's type (`counter`, `account`, `news`, `requesttoregister`, ...). */
  Type: string;
}

/** What {@link UzhkhState.replaceId} did. */
export type ReplaceResult = 'replaced' | 'notFound';

/** Collection key of a record: docs are unique per TypeName, everything else by Id. */
function keyOf(kind: EntityKind, record: WireRecord): string {
  return kind === 'doc' ? `${String(record.TypeName)}:${String(record.Id)}` : String(record.Id);
}

/**
 * The emulated platform's data: one map per entity kind, the change queue (grows on every
 * mutation, shrinks on acknowledge) and the deleted-items list. Records are stored in wire form.
 */
export class UzhkhState {
  /** The stored records per kind, keyed by `Id` (documents by `TypeName:Id`), in wire form. */
  readonly entities: Record<EntityKind, Map<string, WireRecord>>;
  /** The `To1c/Requests` queue, oldest first; assert on it to see what is still unacknowledged. */
  readonly queue: QueuedChange[] = [];
  /** The `To1c/DeletedItems` list, oldest first. */
  readonly deleted: DeletedEntry[] = [];
  private tempSeq = 0;
  private requestSeq = 0;
  private guidSeq = 0;

  constructor(private readonly now: () => string) {
    this.entities = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Map()])) as Record<
      EntityKind,
      Map<string, WireRecord>
    >;
  }

  /** A fresh guid; deterministic so tests and demo runs are reproducible. */
  newGuid(): string {
    this.guidSeq++;
    const hex = this.guidSeq.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }

  /** A temporary platform id (`--1`, `--2`, ...), as for records created on the platform. */
  newTemporaryId(): string {
    this.tempSeq++;
    return `--${this.tempSeq}`;
  }

  private newId(kind: EntityKind): string | number {
    // Requests carry the platform's integer ids; everything else created on the platform gets a temporary id.
    if (kind === 'request') return ++this.requestSeq;
    return this.newTemporaryId();
  }

  /**
   * Creates or updates a record (merging `fields` into the stored one) and, when `enqueue`, adds
   * a change record with a snapshot of the whole entity, as the platform does on every change.
   */
  upsert(kind: EntityKind, fields: WireRecord, enqueue = true): WireRecord {
    const map = this.entities[kind];
    const id = (fields.Id as string | number | undefined) ?? this.newId(kind);
    if (kind === 'request' && typeof id === 'number') this.requestSeq = Math.max(this.requestSeq, id);
    const probe = { ...fields, Id: id, TypeName: fields.TypeName ?? 'news' };
    const existing = map.get(keyOf(kind, probe));
    const record = { ...(existing ?? defaults(kind, id, this.now())), ...fields, Id: id };
    map.set(keyOf(kind, record), record);
    if (enqueue) this.enqueue(kind, record);
    // A copy: later id replacements must not change what the caller was handed.
    return structuredClone(record);
  }

  /** Adds a change record for `record` (a deep snapshot). */
  enqueue(kind: EntityKind, record: WireRecord): QueuedChange {
    const entry: QueuedChange = {
      Guid: this.newGuid(),
      kind,
      entityId: String(record.Id),
      typeName: kind === 'doc' ? String(record.TypeName) : undefined,
      record: { [CHANGE_KEY[kind]]: structuredClone(record) },
    };
    this.queue.push(entry);
    return entry;
  }

  /** Deletes a record and lists it in the deleted items (with its current, possibly temporary, id). */
  remove(kind: EntityKind, id: string | number, typeName?: string): boolean {
    const map = this.entities[kind];
    const key = kind === 'doc' ? `${typeName ?? 'news'}:${id}` : String(id);
    const record = map.get(key);
    if (!record) return false;
    map.delete(key);
    const type = kind === 'doc' ? String(record.TypeName) : kind;
    this.deleted.push({ Guid: this.newGuid(), Id: String(record.Id), Type: type });
    return true;
  }

  /** Finds a record by its id (and `typeName` for docs). */
  find(kind: EntityKind, id: string, typeName?: string): WireRecord | undefined {
    const map = this.entities[kind];
    if (kind === 'doc') return map.get(`${typeName}:${id}`);
    return map.get(id) ?? (/^\d+$/.test(id) ? map.get(String(Number(id))) : undefined);
  }

  /**
   * Replaces a record's id with the accounting system's (objectId on acknowledge, or SetId).
   * Queued snapshots keep the id they were taken with, as the platform's would.
   */
  replaceId(kind: EntityKind, id: string, externalId: string, typeName?: string): ReplaceResult {
    const record = this.find(kind, id, typeName);
    if (!record) return 'notFound';
    const map = this.entities[kind];
    map.delete(keyOf(kind, record));
    record.Id = externalId;
    map.set(keyOf(kind, record), record);
    return 'replaced';
  }

  /** Removes a queued change or deleted item by guid; returns what it removed. */
  acknowledge(guid: string): { change?: QueuedChange; deleted?: DeletedEntry } {
    const lower = guid.toLowerCase();
    const qi = this.queue.findIndex((e) => e.Guid.toLowerCase() === lower);
    if (qi >= 0) return { change: this.queue.splice(qi, 1)[0]! };
    const di = this.deleted.findIndex((e) => e.Guid.toLowerCase() === lower);
    if (di >= 0) return { deleted: this.deleted.splice(di, 1)[0]! };
    return {};
  }

  /** All records of a kind in insertion order (the order downloads page through). */
  list(kind: EntityKind): WireRecord[] {
    return [...this.entities[kind].values()];
  }
}
