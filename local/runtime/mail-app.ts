// MailApp: sends into an outbox (attachments kept as bytes); the daily quota counts recipients; a send can be made to fail on purpose.
import { FakeBlob } from './blob';
import { countCalls, type RuntimeContext } from './context';

export interface SentMail {
  to: string;
  cc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name?: string;
  replyTo?: string;
  /** Present only when the message had blind copies. */
  bcc?: string;
  /** Present only when the message had attachments: each blob's name, content type and bytes. */
  attachments?: SentAttachment[];
}

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  bytes: Buffer;
}

/** Apps Script's limit on the attachments of one message. */
const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;

/** The blobs of `attachments` (each a BlobSource of this runtime); anything else is refused as Apps Script refuses it. */
function attachmentsOf(list: unknown): SentAttachment[] {
  if (!Array.isArray(list)) throw new Error('Invalid argument: attachments');
  const out = list.map((source: unknown) => {
    const blob =
      source && typeof (source as { getBlob?: unknown }).getBlob === 'function'
        ? (source as { getBlob: () => unknown }).getBlob()
        : null;
    if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: attachments');
    return { name: blob.getName(), contentType: blob.getContentType(), bytes: Buffer.from(blob.bytes) };
  });
  if (out.reduce((n, a) => n + a.bytes.length, 0) > MAX_ATTACHMENTS_BYTES)
    throw new Error('Limit Exceeded: Email Total Attachments Size.');
  return out;
}

export class MailState {
  readonly outbox: SentMail[] = [];
  private failures: ((m: SentMail, index: number) => boolean)[] = [];
  /** Send attempts so far (the index given to failNext predicates). */
  attempts = 0;
  constructor(public quota: number) {}
  failNext(predicate: (m: SentMail, index: number) => boolean): void {
    this.failures.push(predicate);
  }
  /** True (and the predicate is used up) when a queued failure matches this attempt. */
  shouldFail(m: SentMail, index: number): boolean {
    const at = this.failures.findIndex((p) => p(m, index));
    if (at < 0) return false;
    this.failures.splice(at, 1);
    return true;
  }
}

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

const METHODS = ['getRemainingDailyQuota', 'sendEmail'] as const;

export class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, (typeof METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly state: MailState,
  ) {}
  getRemainingDailyQuota(): number {
    return this.state.quota;
  }
  /** sendEmail(message), (to, subject, body), (to, subject, body, options) or (to, replyTo, subject, body). */
  sendEmail(a: Message | string, b?: string, c?: string, d?: Message | string): void {
    let m: Message;
    if (typeof a === 'object' && a !== null) m = a;
    else if (typeof d === 'string') m = { to: a, replyTo: b, subject: c, body: d };
    else m = { ...(d ?? {}), to: a, subject: b, body: c };
    const mail: SentMail = {
      to: String(m.to ?? ''),
      cc: String(m.cc ?? ''),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      htmlBody: String(m.htmlBody ?? ''),
    };
    if (m.name !== undefined) mail.name = String(m.name);
    if (m.replyTo !== undefined) mail.replyTo = String(m.replyTo);
    if (m.bcc) mail.bcc = String(m.bcc);
    if (m.attachments !== undefined) {
      const attachments = attachmentsOf(m.attachments);
      if (attachments.length > 0) mail.attachments = attachments;
    }
    const recipients = [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)];
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    const bad = recipients.find((r) => !EMAIL.test(r));
    if (bad) throw new Error(`Invalid email: ${bad}`);
    if (recipients.length > this.state.quota)
      throw new Error('Service invoked too many times for one day: email.');
    const index = this.state.attempts++;
    if (this.state.shouldFail(mail, index)) throw new Error('Service error: Mail');
    this.state.quota -= recipients.length;
    this.state.outbox.push(mail);
  }
}
countCalls(FakeMailApp, 'MailApp', METHODS);
