// Escaped HTML templates: every interpolated value is escaped unless it is already-built `SafeHtml`.

/** HTML that was built by `html` (its parts escaped): the only thing inserted without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for an HTML element or a quoted attribute: & < > " '. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Part = string | number | SafeHtml | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map((p: Part) => render(p)).join('');
  if (part === null || part === undefined) return '';
  return escapeHtml(part);
}

/** Template tag: html`<b>${name}</b>` escapes `name`; nested `html` results and arrays of them are kept as built. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** A link target we are willing to put in `href`: http(s) only, else null (the link is then left out). */
export function safeUrl(url: string | undefined | null): string | null {
  const u = String(url ?? '').trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : null;
}
