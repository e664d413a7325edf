import { createHmac } from 'node:crypto';
import { deliveryFailure, dingtalkRequest, OutsideMessage, retryDelayMs, webhookRequest } from './notification-channels';

const message: OutsideMessage = {
  notificationId: '0b5d7c2e-1f3a-5b4c-8d6e-7f8091a2b3c4',
  eventId: '1c6e8d3f-2a4b-5c5d-9e7f-8091a2b3c4d5',
  kind: 'urging',
  caseId: 'c-1',
  unit: { id: 'anji-tianhuangping', name: '天荒坪镇' },
  title: '【催办】天荒坪镇：污水设施运维不到位',
  text: '案件「污水设施运维不到位」第 1 次催办天荒坪镇。',
  recipients: [
    { userId: 'official.tianhuangping', displayName: '天荒坪镇联络员' },
    { userId: 'person-anji-tianhuangping-secretary', displayName: '王书记' },
  ],
  occurredAt: '2026-03-04T02:00:00.000Z',
};
const NOW = new Date('2026-03-04T02:00:07.250Z');

describe('outside channels', () => {
  describe('the generic webhook', () => {
    it('sends the message as JSON with its id, a Unix-seconds timestamp and an HMAC-SHA256 of "<timestamp>.<body>"', () => {
      const request = webhookRequest(message, { url: 'http://127.0.0.1:9/hook', secret: 'a-webhook-secret-16' }, NOW);
      expect(JSON.parse(request.body)).toEqual(message);
      expect(request.headers).toMatchObject({
        'Content-Type': 'application/json',
        'X-Supervision-Notification-Id': message.notificationId,
        'X-Supervision-Timestamp': '1772589607',
      });
      const expected = createHmac('sha256', 'a-webhook-secret-16').update(`1772589607.${request.body}`).digest('hex');
      expect(request.headers['X-Supervision-Signature']).toBe(`v1=${expected}`);
    });
  });

  describe('the DingTalk custom robot', () => {
    it('sends a markdown message naming the unit and the people responsible', () => {
      const request = dingtalkRequest(message, { url: 'https://oapi.dingtalk.com/robot/send?access_token=t0k', secret: undefined }, NOW);
      expect(request.url).toBe('https://oapi.dingtalk.com/robot/send?access_token=t0k');
      expect(JSON.parse(request.body)).toEqual({
        msgtype: 'markdown',
        markdown: {
          title: message.title,
          text: `#### ${message.title}\n\n${message.text}\n\n责任单位：天荒坪镇\u3000责任人：天荒坪镇联络员、王书记`,
        },
      });
    });

    it('signs with 加签: timestamp in milliseconds and sign = Base64(HMAC-SHA256(secret, "<timestamp>\\n<secret>")), URL-encoded', () => {
      const secret = 'SECa1b2c3d4e5f6';
      const request = dingtalkRequest(message, { url: 'https://oapi.dingtalk.com/robot/send?access_token=t0k', secret }, NOW);
      const url = new URL(request.url);
      expect(url.searchParams.get('access_token')).toBe('t0k');
      expect(url.searchParams.get('timestamp')).toBe('1772589607250');
      const sign = createHmac('sha256', secret).update(`1772589607250\n${secret}`).digest('base64');
      expect(url.searchParams.get('sign')).toBe(sign);
      expect(request.url).toContain(`sign=${encodeURIComponent(sign)}`);
    });

    it('starts the query string when the robot URL has none', () => {
      expect(dingtalkRequest(message, { url: 'http://127.0.0.1:9/robot', secret: 's' }, NOW).url).toMatch(/^http:\/\/127\.0\.0\.1:9\/robot\?timestamp=\d+&sign=/);
    });
  });

  describe('what counts as delivered', () => {
    it('a 2xx for the webhook; anything else fails with the status and the start of the body', () => {
      expect(deliveryFailure('webhook', 204, '')).toBeNull();
      expect(deliveryFailure('webhook', 503, 'busy')).toBe('HTTP 503: busy');
      expect(deliveryFailure('webhook', 500, '')).toBe('HTTP 500');
    });

    it('DingTalk: a 200 with errcode 0 only; a refusal comes back as 200 with another errcode', () => {
      expect(deliveryFailure('dingtalk', 200, '{"errcode":0,"errmsg":"ok"}')).toBeNull();
      expect(deliveryFailure('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toBe('DingTalk errcode 310000: sign not match');
      expect(deliveryFailure('dingtalk', 200, '<html>')).toMatch(/other than JSON/);
    });
  });

  it('waits the base after the first failure, doubling each time, never more than an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 5))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30, 5)).toBe(3_600_000);
  });
});
