/**
 * The proxy model of the Excel JavaScript API
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * an API object is a local proxy; setting a property, calling a method or load() only queues an
 * operation on its RequestContext; context.sync() runs the queue in order against the workbook and
 * then fills what was loaded. Reading a scalar property that was neither loaded nor set throws
 * PropertyNotLoaded; navigation properties (range.format, sheet.tables) are proxies and need no load.
 *
 * Each proxy finds its workbook object when an operation first needs it in a sync (its path is
 * re-evaluated in every sync, as Excel's object paths are). Objects Excel identifies by id —
 * sheets, tables, charts — stay bound to the item they found, as office.js rebinds them by id.
 * An *OrNullObject proxy that found nothing is a null object: its operations do nothing and
 * isNullObject is true after the sync.
 */
import { HostError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { RequestContext } from "./requestContext";

/** One context.sync() in progress. */
export interface Exec {
  readonly syncId: number;
}

/** What a queued operation leaves to apply once the whole sync has succeeded. */
export interface Commit {
  /** Approximate JSON size of what the operation returns (loaded values). */
  readonly bytes: number;
  apply(): void;
}

export interface Op {
  /** "Range.values", "Worksheet.getItem": the statement's location in an error's debugInfo. */
  readonly label: string;
  /** What the operation sends (values written, method arguments), for the request size. */
  readonly payload?: unknown;
  run(exec: Exec): Commit | void;
}

/** load()'s argument: "a, b/c", ["a", "b/c"], { select, expand }, or { a: true, b: { c: true } }. */
export type LoadOption = string | string[] | { select?: string; expand?: string } | { [property: string]: unknown };

/** Paths to load as a tree; an empty subtree (or none) means "every scalar property". */
type LoadTree = Map<string, LoadTree>;

const encoder = new TextEncoder();

/** Bytes of the value's JSON, as it would travel to and from Excel. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

function addPath(tree: LoadTree, path: string): void {
  let node = tree;
  for (const part of path.split("/").map((p) => p.trim()).filter(Boolean)) {
    if (!node.has(part)) node.set(part, new Map());
    node = node.get(part)!;
  }
}

function toTree(option: LoadOption | undefined): LoadTree | undefined {
  if (option === undefined || option === null) return undefined;
  const tree: LoadTree = new Map();
  const paths = (list: string | string[]): void => {
    for (const item of Array.isArray(list) ? list : [list]) for (const path of item.split(",")) addPath(tree, path);
  };
  if (typeof option === "string" || Array.isArray(option)) paths(option);
  else if ("select" in option || "expand" in option) {
    const { select, expand } = option as { select?: string; expand?: string };
    if (select) paths(select);
    if (expand) paths(expand);
  } else {
    for (const [key, value] of Object.entries(option)) {
      if (value === true || key === "$all") tree.set(key, new Map());
      else if (typeof value === "object" && value !== null) tree.set(key, toTree(value as LoadOption) ?? new Map());
    }
  }
  return tree.size === 0 ? undefined : tree;
}

const sub = (tree: LoadTree | undefined, key: string): LoadTree | undefined => {
  const t = tree?.get(key);
  return t && t.size > 0 ? t : undefined;
};

function isGone(ref: unknown): boolean {
  const r = ref as { removed?: boolean; sheet?: { removed?: boolean } } | null;
  return typeof r === "object" && r !== null && (r.removed === true || r.sheet?.removed === true);
}

/** Reads one scalar property from the workbook object a proxy stands for. */
export type Readers<T> = Record<string, (ref: T) => unknown>;

export abstract class ClientObject<T> {
  protected abstract readonly _typeName: string;
  private _bound: { syncId: number; ref: T | null } | undefined;
  private readonly _values = new Map<string, unknown>();
  private _isNull: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    private readonly _resolver: (exec: Exec) => T | null,
    /** Bound for good to what it first finds (sheets, tables, charts...). */
    private readonly _sticky = false,
  ) {}

  /** The scalar properties load() can read. */
  protected _readers(): Readers<T> {
    return {};
  }

  /** The workbook object this proxy stands for in the running sync (null for a null object). */
  _resolve(exec: Exec): T | null {
    const bound = this._bound;
    const ref = bound && (this._sticky || bound.syncId === exec.syncId) ? bound.ref : this._resolver(exec);
    this._bound = { syncId: exec.syncId, ref };
    if (ref !== null && isGone(ref)) throw itemNotFound(`the ${this._typeName} was deleted`);
    return ref;
  }

  /** Like _resolve, for a proxy derived from this one: a null parent gives a null child. */
  protected _derive<R>(derive: (ref: T, exec: Exec) => R | null): (exec: Exec) => R | null {
    return (exec) => {
      const ref = this._resolve(exec);
      return ref === null ? null : derive(ref, exec);
    };
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._typeName);
    return this._isNull;
  }

  /** A loaded (or locally set) scalar property; undefined on a null object, as in office.js. */
  protected _get<V>(name: string): V {
    if (this._values.has(name)) return this._values.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw propertyNotLoaded(name, this._typeName);
  }

  /** Queues an operation on the workbook object; it does nothing on a null object. */
  protected _queue(label: string, payload: unknown, run: (ref: T, exec: Exec) => void): void {
    this.context._enqueue({
      label: `${this._typeName}.${label}`,
      payload,
      run: (exec) => {
        const ref = this._resolve(exec);
        if (ref !== null) run(ref, exec);
        return { bytes: 0, apply: () => (this._isNull = ref === null) };
      },
    });
  }

  /** A property assignment: queued, and kept locally so reading it back returns what was set. */
  protected _set(name: string, value: unknown, apply: (ref: T, exec: Exec) => void): void {
    this._values.set(name, value);
    this._queue(name, value, apply);
  }

  /** A method returning a primitive: its ClientResult gets a value at sync. */
  protected _result<V>(label: string, compute: (ref: T) => V): ClientResult<V> {
    const result = new ClientResult<V>();
    this.context._enqueue({
      label: `${this._typeName}.${label}`,
      run: (exec) => {
        const ref = this._resolve(exec);
        const value = ref === null ? null : compute(ref);
        return { bytes: jsonBytes(value), apply: () => result._fill(value as V) };
      },
    });
    return result;
  }

  /**
   * Queues the lookup itself (getItem, add, getItemOrNullObject), so it fails or resolves at the
   * next sync; `owner` is the type whose method made this proxy, for the error location.
   */
  _instantiate(owner: string, method: string, payload?: unknown): this {
    this.context._enqueue({
      label: `${owner}.${method}`,
      payload,
      run: (exec) => {
        const ref = this._resolve(exec);
        return { bytes: 0, apply: () => (this._isNull = ref === null) };
      },
    });
    return this;
  }

  load(option?: LoadOption): this {
    const tree = toTree(option);
    this.context._enqueue({ label: `${this._typeName}.load`, payload: option ?? null, run: (exec) => this._snapshot(tree, exec) });
    return this;
  }

  /** Reads the requested properties now (inside a sync); they reach the proxy when the sync succeeds. */
  _snapshot(tree: LoadTree | undefined, exec: Exec): Commit {
    const ref = this._resolve(exec);
    if (ref === null) return { bytes: 0, apply: () => (this._isNull = true) };
    const readers = this._readers();
    const names = tree ? [...tree.keys()].flatMap((k) => (k === "$all" ? Object.keys(readers) : [k])) : Object.keys(readers);
    const values: Record<string, unknown> = {};
    const children: Commit[] = [];
    for (const name of names) {
      if (readers[name] && !sub(tree, name)) values[name] = readers[name](ref);
      else children.push(this._navigation(name)._snapshot(sub(tree, name), exec));
    }
    return {
      bytes: jsonBytes(values) + children.reduce((n, c) => n + c.bytes, 0),
      apply: () => {
        this._isNull = false;
        for (const [name, value] of Object.entries(values)) this._values.set(name, value);
        for (const child of children) child.apply();
      },
    };
  }

  protected _navigation(name: string): ClientObject<unknown> {
    const nav = name in this && !(name in this._readers()) ? (this as unknown as Record<string, unknown>)[name] : undefined;
    if (nav instanceof ClientObject) return nav;
    throw invalidArgument(`${this._typeName} has no property "${name}" to load`);
  }

  /** object.set({...}): scalar properties are assigned, navigation properties set recursively. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      if (name in this._readers()) (this as unknown as Record<string, unknown>)[name] = value;
      else if (typeof value === "object" && value !== null) this._navigation(name).set(value as Record<string, unknown>);
      else throw invalidArgument(`${this._typeName} has no property "${name}" to set`);
    }
  }

  /** The loaded properties, as office.js's toJSON returns them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  /** context.trackedObjects is not needed here: proxies stay valid across syncs. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/**
 * A collection: `items` is filled by load("items/name") (or load("name"), or load()), each item
 * a proxy bound to the item it was loaded from.
 */
export abstract class ClientCollection<T, R, I extends ClientObject<R>> extends ClientObject<T> {
  private _items: I[] | undefined;

  protected abstract _list(ref: T): R[];
  protected abstract _item(ref: R): I;

  get items(): I[] {
    if (!this._items) throw propertyNotLoaded("items", this._typeName);
    return this._items;
  }

  override _snapshot(tree: LoadTree | undefined, exec: Exec): Commit {
    const ref = this._resolve(exec);
    if (ref === null) return { bytes: 0, apply: () => (this._items = []) };
    const own = this._readers();
    const ownTree: LoadTree = new Map([...(tree ?? [])].filter(([k]) => k in own));
    // Keys that are not the collection's own ("name", "items/name") are about its items.
    const itemKeys = tree ? [...tree.keys()].filter((k) => !(k in own)) : ["items"];
    const itemTree = !tree || tree.has("items") ? sub(tree, "items") : new Map(itemKeys.map((k) => [k, tree.get(k)!]));
    const items = itemKeys.length > 0 ? this._list(ref).map((r) => this._item(r)) : undefined;
    const commits = items?.map((item) => item._snapshot(itemTree, exec)) ?? [];
    const mine = ownTree.size > 0 ? super._snapshot(ownTree, exec) : null;
    return {
      bytes: commits.reduce((n, c) => n + c.bytes, mine?.bytes ?? 0),
      apply: () => {
        mine?.apply();
        for (const c of commits) c.apply();
        if (items) this._items = items;
      },
    };
  }
}

/** OfficeExtension.ClientResult: a method's primitive result, readable after sync. */
export class ClientResult<V> {
  private _filled = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._filled) throw new HostError("ValueNotLoaded");
    return this._value as V;
  }

  _fill(value: V): void {
    this._value = value;
    this._filled = true;
  }
}
