// Session: who runs the script, and the script's time zone (the manifest's, not the spreadsheet's).
import { as, countCalls, type RuntimeContext } from './context';

type User = GoogleAppsScript.Base.User;

export const SCRIPT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const USER_METHODS = ['getEmail'] as const;

export class FakeUser implements Pick<User, (typeof USER_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly email: string,
  ) {}
  getEmail(): string {
    return this.email;
  }
}
countCalls(FakeUser, 'User', USER_METHODS);

const METHODS = [
  'getActiveUser',
  'getActiveUserLocale',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getTemporaryActiveUserKey',
] as const;

export class FakeSession implements Pick<GoogleAppsScript.Base.Session, (typeof METHODS)[number]> {
  constructor(readonly ctx: RuntimeContext) {}
  getActiveUser(): User {
    return as<User>(new FakeUser(this.ctx, this.ctx.user));
  }
  getActiveUserLocale(): string {
    return this.ctx.locale.split('_')[0];
  }
  getEffectiveUser(): User {
    return as<User>(new FakeUser(this.ctx, this.ctx.user));
  }
  getScriptTimeZone(): string {
    return SCRIPT_TIME_ZONE;
  }
  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.ctx.user}`;
  }
}
countCalls(FakeSession, 'Session', METHODS);
