import type { PlannerRoom } from './planner-model.js';

// ── slot pools ───────────────────────────────────────────────────────────────────────────

/**
 * Free slots of one (municipality, shift, equipped) pool sorted by seats; `take(s)` removes and
 * returns the smallest slot with ≥ s seats. Removal uses a "next free index" union-find, so a
 * lookup is a binary search plus near-constant work: no O(n²) anywhere.
 */
export class SlotPool {
  private readonly seats: number[];
  private readonly rooms: PlannerRoom[];
  private readonly next: Int32Array;
  private readonly removed: Uint8Array;
  /** index of the largest slot that may still be free (only ever moves down) */
  private top: number;
  private free: number;

  constructor(rooms: PlannerRoom[]) {
    rooms.sort((a, b) => a.seats - b.seats || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.rooms = rooms;
    this.seats = rooms.map((r) => r.seats);
    this.next = new Int32Array(rooms.length + 1);
    for (let i = 0; i <= rooms.length; i++) this.next[i] = i;
    this.removed = new Uint8Array(rooms.length);
    this.top = rooms.length - 1;
    this.free = rooms.length;
  }

  private remove(i: number): void {
    this.next[i] = i + 1;
    this.removed[i] = 1;
    this.free--;
  }

  get size(): number {
    return this.free;
  }

  private find(i: number): number {
    let root = i;
    while (this.next[root] !== root) root = this.next[root] as number;
    while (this.next[i] !== root) {
      const up = this.next[i] as number;
      this.next[i] = root;
      i = up;
    }
    return root;
  }

  private lowerBound(s: number): number {
    let lo = 0;
    let hi = this.seats.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.seats[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  take(s: number): PlannerRoom | undefined {
    const i = this.find(this.lowerBound(s));
    if (i >= this.rooms.length) return undefined;
    this.remove(i);
    return this.rooms[i];
  }

  /** Remove a given room (a pinned class keeps it). */
  takeRoom(roomId: string, seats: number): boolean {
    let i = this.find(this.lowerBound(seats));
    while (i < this.rooms.length && (this.seats[i] as number) === seats) {
      if (this.rooms[i]?.id === roomId) {
        this.remove(i);
        return true;
      }
      i = this.find(i + 1);
    }
    return false;
  }

  /** Amortised O(1): slots are only ever removed, so the top pointer only moves down. */
  largestFree(): number {
    while (this.top >= 0 && this.removed[this.top] === 1) this.top--;
    return this.top >= 0 ? (this.seats[this.top] as number) : 0;
  }
}

/** Max segment tree over a fixed list: point updates and "nearest index with value ≥ s" both ways. */
export class MaxTree {
  private readonly n: number;
  private readonly t: Float64Array;

  constructor(values: readonly number[]) {
    let n = 1;
    while (n < Math.max(1, values.length)) n *= 2;
    this.n = n;
    this.t = new Float64Array(2 * n);
    values.forEach((v, i) => (this.t[n + i] = v));
    for (let i = n - 1; i >= 1; i--) this.t[i] = Math.max(this.t[2 * i] as number, this.t[2 * i + 1] as number);
  }

  max(): number {
    return this.t[1] as number;
  }

  set(i: number, v: number): void {
    let k = this.n + i;
    this.t[k] = v;
    for (k >>= 1; k >= 1; k >>= 1) this.t[k] = Math.max(this.t[2 * k] as number, this.t[2 * k + 1] as number);
  }

  /** Smallest index ≥ from with value ≥ s, or -1. */
  nextAtLeast(from: number, s: number): number {
    return this.descend(1, 0, this.n - 1, Math.max(0, from), s, true);
  }

  /** Largest index ≤ to with value ≥ s, or -1. */
  prevAtLeast(to: number, s: number): number {
    return to < 0 ? -1 : this.descend(1, 0, this.n - 1, to, s, false);
  }

  private descend(node: number, lo: number, hi: number, bound: number, s: number, forward: boolean): number {
    if ((this.t[node] as number) < s || (forward ? hi < bound : lo > bound)) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >> 1;
    const [first, second] = forward
      ? ([
          [2 * node, lo, mid],
          [2 * node + 1, mid + 1, hi],
        ] as const)
      : ([
          [2 * node + 1, mid + 1, hi],
          [2 * node, lo, mid],
        ] as const);
    const a = this.descend(first[0], first[1], first[2], bound, s, forward);
    return a !== -1 ? a : this.descend(second[0], second[1], second[2], bound, s, forward);
  }
}
