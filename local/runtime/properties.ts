// PropertiesService: document, script and user key/value stores (string values, Apps Script size limits).
import { as, countCalls, type RuntimeContext } from './context';

type Properties = GoogleAppsScript.Properties.Properties;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

const METHODS = [
  'deleteAllProperties',
  'deleteProperty',
  'getKeys',
  'getProperties',
  'getProperty',
  'setProperties',
  'setProperty',
] as const;

export class FakeProperties implements Pick<Properties, (typeof METHODS)[number]> {
  /** `store` is the live record the runtime exposes as runtime.properties.document/script/user. */
  constructor(
    readonly ctx: RuntimeContext,
    readonly store: Record<string, string>,
  ) {}
  private self(): Properties {
    return as<Properties>(this);
  }
  private put(key: string, value: unknown): void {
    const v = String(value);
    if (bytes(v) > VALUE_LIMIT) throw new Error('Argument too large: value');
    const before = this.store[key];
    this.store[String(key)] = v;
    const total = Object.entries(this.store).reduce((n, [k, x]) => n + bytes(k) + bytes(x), 0);
    if (total > STORE_LIMIT) {
      if (before === undefined) delete this.store[key];
      else this.store[key] = before;
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  deleteAllProperties(): Properties {
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this.self();
  }
  deleteProperty(key: string): Properties {
    delete this.store[key];
    return this.self();
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key] : null;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    if (deleteAllOthers)
      for (const k of Object.keys(this.store)) if (!(k in properties)) delete this.store[k];
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return this.self();
  }
  setProperty(key: string, value: string): Properties {
    this.put(key, value);
    return this.self();
  }
}
countCalls(FakeProperties, 'Properties', METHODS);

const SERVICE_METHODS = ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'] as const;

export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  (typeof SERVICE_METHODS)[number]
> {
  private readonly document: FakeProperties;
  private readonly script: FakeProperties;
  private readonly user: FakeProperties;
  constructor(
    readonly ctx: RuntimeContext,
    stores: {
      document: Record<string, string>;
      script: Record<string, string>;
      user: Record<string, string>;
    },
  ) {
    this.document = new FakeProperties(ctx, stores.document);
    this.script = new FakeProperties(ctx, stores.script);
    this.user = new FakeProperties(ctx, stores.user);
  }
  getDocumentProperties(): Properties {
    return as<Properties>(this.document);
  }
  getScriptProperties(): Properties {
    return as<Properties>(this.script);
  }
  getUserProperties(): Properties {
    return as<Properties>(this.user);
  }
}
countCalls(FakePropertiesService, 'PropertiesService', SERVICE_METHODS);
