// LockService: document, script and user locks; a simulated other execution can hold them all.
import { as, countCalls, type RuntimeContext } from './context';

type Lock = GoogleAppsScript.Lock.Lock;
type Kind = 'document' | 'script' | 'user';

/** Who holds each lock: a Lock object of this execution, 'other' (another execution), or nobody. */
export class LockState {
  holders: Record<Kind, FakeLock | 'other' | null> = { document: null, script: null, user: null };
  /** How long (ms) the other execution keeps the locks; null = until `releaseOther`. */
  otherReleasesAfter: number | null = null;
  /** Simulated time this execution spent waiting in tryLock / waitLock (no real sleep). */
  waitedMs = 0;
  /** Another execution takes every lock, for `forMs` ms when given (a waiting tryLock then gets it), else until released. */
  holdByOther(forMs?: number): void {
    for (const k of Object.keys(this.holders) as Kind[]) this.holders[k] = 'other';
    this.otherReleasesAfter = forMs ?? null;
  }
  releaseOther(): void {
    for (const k of Object.keys(this.holders) as Kind[])
      if (this.holders[k] === 'other') this.holders[k] = null;
    this.otherReleasesAfter = null;
  }
}

const METHODS = ['hasLock', 'releaseLock', 'tryLock', 'waitLock'] as const;

export class FakeLock implements Pick<Lock, (typeof METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly state: LockState,
    private readonly kind: Kind,
  ) {}
  /** Takes the lock, waiting (simulated) up to `timeout` ms for another execution that lets go in time. */
  private acquire(timeout: number): boolean {
    const holder = this.state.holders[this.kind];
    if (holder === 'other') {
      const after = this.state.otherReleasesAfter;
      const wait = after !== null && after <= timeout ? after : timeout;
      this.state.waitedMs += Math.max(0, wait);
      if (after === null || after > timeout) return false;
      this.state.releaseOther();
    } else if (holder !== null && holder !== this) return false;
    this.state.holders[this.kind] = this;
    return true;
  }
  hasLock(): boolean {
    return this.state.holders[this.kind] === this;
  }
  releaseLock(): void {
    if (this.state.holders[this.kind] === this) this.state.holders[this.kind] = null;
  }
  /** False when another execution holds the lock beyond the timeout; the wait itself is only counted (`LockState.waitedMs`). */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
}
countCalls(FakeLock, 'Lock', METHODS);

const SERVICE_METHODS = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const;

export class FakeLockService implements Pick<
  GoogleAppsScript.Lock.LockService,
  (typeof SERVICE_METHODS)[number]
> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly state: LockState,
  ) {}
  getDocumentLock(): Lock {
    return as<Lock>(new FakeLock(this.ctx, this.state, 'document'));
  }
  getScriptLock(): Lock {
    return as<Lock>(new FakeLock(this.ctx, this.state, 'script'));
  }
  getUserLock(): Lock {
    return as<Lock>(new FakeLock(this.ctx, this.state, 'user'));
  }
}
countCalls(FakeLockService, 'LockService', SERVICE_METHODS);
