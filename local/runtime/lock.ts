// LockService: document, script and user locks; a simulated other execution can hold them all.
import { as, countCalls, type RuntimeContext } from './context';

type Lock = GoogleAppsScript.Lock.Lock;
type Kind = 'document' | 'script' | 'user';

/** Who holds each lock: a Lock object of this execution, 'other' (another execution), or nobody. */
export class LockState {
  holders: Record<Kind, FakeLock | 'other' | null> = { document: null, script: null, user: null };
  holdByOther(): void {
    for (const k of Object.keys(this.holders) as Kind[]) this.holders[k] = 'other';
  }
  releaseOther(): void {
    for (const k of Object.keys(this.holders) as Kind[]) if (this.holders[k] === 'other') this.holders[k] = null;
  }
}

const METHODS = ['hasLock', 'releaseLock', 'tryLock', 'waitLock'] as const;

export class FakeLock implements Pick<Lock, (typeof METHODS)[number]> {
  constructor(readonly ctx: RuntimeContext, private readonly state: LockState, private readonly kind: Kind) {}
  private acquire(): boolean {
    const holder = this.state.holders[this.kind];
    if (holder !== null && holder !== this) return false;
    this.state.holders[this.kind] = this;
    return true;
  }
  hasLock(): boolean {
    return this.state.holders[this.kind] === this;
  }
  releaseLock(): void {
    if (this.state.holders[this.kind] === this) this.state.holders[this.kind] = null;
  }
  /** Returns false at once when another holds the lock (the wait is not simulated). */
  tryLock(_timeoutInMillis: number): boolean {
    return this.acquire();
  }
  waitLock(_timeoutInMillis: number): void {
    if (!this.acquire()) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
}
countCalls(FakeLock, 'Lock', METHODS);

const SERVICE_METHODS = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const;

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, (typeof SERVICE_METHODS)[number]> {
  constructor(readonly ctx: RuntimeContext, private readonly state: LockState) {}
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
