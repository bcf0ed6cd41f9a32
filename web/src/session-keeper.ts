import type { ApiPaths, ResponseOf } from './api';
/**
 * Keeps a console user signed in while they work, in every tab at once.
 *
 * - The access token lives in memory and the tab's sessionStorage; the sign-in itself is the
 *   HttpOnly refresh cookie that only the server reads (POST /auth/refresh, /auth/logout).
 * - Before the token expires, a tab whose user did something since the last refresh trades the
 *   cookie for a new token. An idle user sees a warning during the last {@link WARNING_MS} and is
 *   signed out at the token's expiry unless they choose to stay.
 * - Tabs share what happens through a BroadcastChannel (a new token, a sign-out) and take turns
 *   refreshing through a Web Lock, so one cookie rotation serves them all; a new tab with no
 *   token of its own asks the cookie first instead of the sign-in page.
 */

export interface AccessState {
  readonly token: string;
  /** epoch ms */
  readonly expiresAt: number;
}

/** The refresh route's answer, as the API description types it. */
type TokenResponse = ResponseOf<ApiPaths['/auth/refresh']['post']>;

type Broadcast = { readonly type: 'token'; readonly access: AccessState } | { readonly type: 'signed-out' };

/** How long before expiry an idle user is warned (at most a third of the token's life). */
export const WARNING_MS = 2 * 60_000;
/** How long before expiry an active tab refreshes (at most a quarter of the token's life). */
const REFRESH_AHEAD_MS = 60_000;

const CHANNEL = 'terren.session';
const LOCK = 'terren.refresh';

export function toAccess(r: TokenResponse, now = Date.now()): AccessState {
  return { token: r.accessToken, expiresAt: now + r.expiresIn * 1000 };
}

/** Ask the server for a token with the refresh cookie; null when the sign-in is over. */
async function requestRefresh(): Promise<AccessState | null> {
  try {
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return null;
    return toAccess((await res.json()) as TokenResponse);
  } catch {
    return null;
  }
}

export interface KeeperEvents {
  /** a token to use from now on (refreshed here or in another tab) */
  onToken(access: AccessState): void;
  /** the sign-in ended (signed out in another tab, or the cookie no longer works) */
  onEnded(reason: 'expired' | 'signed-out'): void;
  /** an idle user's sign-in ends at `at` unless they stay (null: no warning) */
  onWarning(at: number | null): void;
}

export class SessionKeeper {
  private access: AccessState | null = null;
  private lastActivity = Date.now();
  private lastRefresh = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<AccessState | null> | null = null;
  /** the token's life when it was adopted, ms */
  private lifetime = 0;
  private warned = false;
  private readonly channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  private readonly markActive = (): void => {
    this.lastActivity = Date.now();
    // back at work during the warning: renew at once
    if (this.warned) void this.refresh();
  };

  constructor(private readonly events: KeeperEvents) {
    if (this.channel) this.channel.onmessage = (e: MessageEvent<Broadcast>) => this.receive(e.data);
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel'] as const)
      window.addEventListener(type, this.markActive, { passive: true, capture: true });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.channel?.close();
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel'] as const)
      window.removeEventListener(type, this.markActive, { capture: true });
  }

  /** A token obtained here (sign-in, restore): schedule its renewal and tell the other tabs. */
  adopt(access: AccessState, share = true): void {
    this.access = access;
    this.lastRefresh = Date.now();
    this.lifetime = Math.max(0, access.expiresAt - this.lastRefresh);
    this.warn(null);
    this.schedule();
    if (share) this.channel?.postMessage({ type: 'token', access } satisfies Broadcast);
  }

  /** Trade the cookie for a token now (one rotation for all tabs); null when the sign-in is over. */
  refresh(): Promise<AccessState | null> {
    this.inFlight ??= this.refreshOnce().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** The user chose to stay signed in after the warning. */
  stay(): Promise<AccessState | null> {
    this.markActive();
    return this.refresh();
  }

  /** This tab signs out: the others follow. */
  signedOut(): void {
    this.access = null;
    clearTimeout(this.timer);
    this.warn(null);
    this.channel?.postMessage({ type: 'signed-out' } satisfies Broadcast);
  }

  /** The sign-in ended here (e.g. the cookie was refused): stop without telling the other tabs. */
  stop(): void {
    this.access = null;
    clearTimeout(this.timer);
    this.warn(null);
  }

  private warn(at: number | null): void {
    this.warned = at !== null;
    this.events.onWarning(at);
  }

  private get ahead(): number {
    return Math.min(REFRESH_AHEAD_MS, this.lifetime / 4);
  }

  private get warning(): number {
    return Math.min(WARNING_MS, this.lifetime / 3);
  }

  private async refreshOnce(): Promise<AccessState | null> {
    const before = this.access?.expiresAt ?? 0;
    const run = async (): Promise<AccessState | null> => {
      // Another tab may have refreshed while this one waited for the lock.
      if (this.access && this.access.expiresAt > before && this.access.expiresAt - Date.now() > this.ahead) return this.access;
      return requestRefresh();
    };
    const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
    const got = locks ? ((await locks.request(LOCK, run)) as AccessState | null) : await run();
    if (got) {
      if (got !== this.access) {
        this.adopt(got);
        this.events.onToken(got);
      }
    }
    return got;
  }

  private receive(msg: Broadcast): void {
    if (msg.type === 'signed-out') {
      this.stop();
      this.events.onEnded('signed-out');
      return;
    }
    if (!this.access || msg.access.expiresAt > this.access.expiresAt) {
      this.adopt(msg.access, false);
      this.events.onToken(msg.access);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const access = this.access;
    if (!access) return;
    const now = Date.now();
    const refreshAt = access.expiresAt - this.ahead;
    const warnAt = access.expiresAt - this.warning;
    const next = Math.min(...[refreshAt, warnAt, access.expiresAt].filter((t) => t > now), access.expiresAt);
    this.timer = setTimeout(() => void this.tick(), Math.max(0, Math.min(next - now, 60_000)));
  }

  private async tick(): Promise<void> {
    const access = this.access;
    if (!access) return;
    const now = Date.now();
    const active = this.lastActivity > this.lastRefresh;
    if (now >= access.expiresAt - this.ahead && active) {
      const got = await this.refresh();
      if (!got) {
        this.stop();
        this.events.onEnded('expired');
      }
      return;
    }
    if (now >= access.expiresAt) {
      this.stop();
      this.events.onEnded('expired');
      return;
    }
    if (now >= access.expiresAt - this.warning && !active && !this.warned) this.warn(access.expiresAt);
    this.schedule();
  }
}
