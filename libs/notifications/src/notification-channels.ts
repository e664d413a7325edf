import { createHmac } from 'node:crypto';

/** The channels a notification goes to: the console's inbox, and the outside ones configured. */
export const NOTIFICATION_CHANNELS = ['inbox', 'webhook', 'dingtalk'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type OutsideChannel = Exclude<NotificationChannel, 'inbox'>;

/** A person a notice is for, as the outside message names them. */
export interface NoticeRecipient {
  readonly userId: string;
  readonly displayName: string;
}

/** What an outside channel is sent about one event (kept as the outbox row's payload). */
export interface OutsideMessage {
  readonly notificationId: string;
  readonly eventId: string;
  readonly kind: string;
  readonly caseId: string;
  readonly unit: { readonly id: string; readonly name: string };
  readonly title: string;
  readonly text: string;
  readonly recipients: readonly NoticeRecipient[];
  readonly occurredAt: string;
}

/** An HTTP request ready to send. */
export interface OutgoingRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Headers of a webhook delivery; a receiver checks the signature and refuses stale timestamps. */
export const WEBHOOK_HEADERS = {
  id: 'X-Supervision-Notification-Id',
  timestamp: 'X-Supervision-Timestamp',
  signature: 'X-Supervision-Signature',
} as const;

/**
 * The generic webhook: the message as JSON, signed `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`
 * with the timestamp in Unix seconds. The notification id stays the same across retries, so a
 * receiver that keeps it drops the repeats at-least-once delivery may bring.
 */
export function webhookRequest(message: OutsideMessage, settings: { readonly url: string; readonly secret: string }, now: Date): OutgoingRequest {
  const body = JSON.stringify(message);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    url: settings.url,
    headers: {
      'Content-Type': 'application/json',
      [WEBHOOK_HEADERS.id]: message.notificationId,
      [WEBHOOK_HEADERS.timestamp]: timestamp,
      [WEBHOOK_HEADERS.signature]: webhookSignature(settings.secret, timestamp, body),
    },
    body,
  };
}

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * A DingTalk custom robot's markdown message. A robot with 加签 security is called with
 * `timestamp` (milliseconds) and `sign` = Base64(HMAC-SHA256(secret, "<timestamp>\n<secret>"))
 * added to its URL; DingTalk refuses a timestamp more than an hour off.
 */
export function dingtalkRequest(message: OutsideMessage, settings: { readonly url: string; readonly secret: string | undefined }, now: Date): OutgoingRequest {
  const people = message.recipients.map((person) => person.displayName).join('、');
  const text = [`#### ${message.title}`, message.text, people === '' ? `责任单位：${message.unit.name}` : `责任单位：${message.unit.name}\u3000责任人：${people}`].join('\n\n');
  const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text } });
  let url = settings.url;
  if (settings.secret !== undefined) {
    const timestamp = String(now.getTime());
    url += `${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSignature(settings.secret, timestamp))}`;
  }
  return { url, headers: { 'Content-Type': 'application/json' }, body };
}

export function dingtalkSignature(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

/**
 * Whether an answer means delivered. DingTalk answers 200 to a refused message too, with a
 * non-zero `errcode` in the body (a bad signature, a flood limit), so its body is read.
 */
export function deliveryFailure(channel: OutsideChannel, status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}${body === '' ? '' : `: ${body.slice(0, 200)}`}`;
  if (channel !== 'dingtalk') return null;
  try {
    const answer = JSON.parse(body) as { errcode?: unknown; errmsg?: unknown };
    if (answer.errcode === 0) return null;
    return `DingTalk errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '')}`.slice(0, 300);
  } catch {
    return `DingTalk answered something other than JSON: ${body.slice(0, 200)}`;
  }
}

/** The wait before attempt `attempts + 1`: the base doubled per failure so far, at most an hour. */
export function retryDelayMs(attempts: number, baseSeconds: number): number {
  return Math.min(3600, baseSeconds * 2 ** Math.max(0, attempts - 1)) * 1000;
}
