// HtmlService.createHtmlOutput(html): an HtmlOutput that records its content, title and size.
import { as, countCalls, type RuntimeContext } from './context';
import { SandboxMode, XFrameOptionsMode } from './enums';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const OUTPUT_METHODS = [
  'append',
  'appendUntrusted',
  'clear',
  'getContent',
  'getHeight',
  'getTitle',
  'getWidth',
  'setContent',
  'setHeight',
  'setSandboxMode',
  'setTitle',
  'setWidth',
  'setXFrameOptionsMode',
] as const;

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class FakeHtmlOutput implements Pick<HtmlOutput, (typeof OUTPUT_METHODS)[number]> {
  title = '';
  width = 600;
  height = 400;
  constructor(
    readonly ctx: RuntimeContext,
    public content = '',
  ) {}
  private self(): HtmlOutput {
    return as<HtmlOutput>(this);
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  getHeight(): number {
    return this.height;
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return this.self();
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return this.self();
  }
}
countCalls(FakeHtmlOutput, 'HtmlOutput', OUTPUT_METHODS);

const SERVICE_METHODS = ['createHtmlOutput'] as const;

export class FakeHtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  (typeof SERVICE_METHODS)[number] | 'SandboxMode' | 'XFrameOptionsMode'
> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly ctx: RuntimeContext) {}
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      throw new Error('createHtmlOutput takes an HTML string here.');
    return as<HtmlOutput>(new FakeHtmlOutput(this.ctx, html ?? ''));
  }
}
countCalls(FakeHtmlService, 'HtmlService', SERVICE_METHODS);
