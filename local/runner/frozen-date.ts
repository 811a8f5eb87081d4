// A Date for the bundle's context whose clock reads (`Date.now()`, `new Date()`, `Date()`) return the runner's as-of instant.
// Every other use behaves as the real Date, and its instances are real Dates (instanceof works both ways).

export function frozenDate(now: () => number): DateConstructor {
  const handler: ProxyHandler<DateConstructor> = {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(now()) : Reflect.construct(target, args);
    },
    apply() {
      return new Date(now()).toString();
    },
    get(target, key) {
      if (key === 'now') return () => now();
      return Reflect.get(target, key, target);
    },
  };
  return new Proxy(Date, handler);
}
