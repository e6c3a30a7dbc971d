import type { Db } from '../../platform/db/index.js';

/** Sends a text message to a mainland mobile number. Real providers plug in behind this. */
export interface SmsSender {
  readonly name: string;
  send(db: Db, message: { phone: string; phoneHash: string; body: string }): Promise<void>;
}

/**
 * Development adapter: stores each message in the sms_outbox table (keyed by the number's hash,
 * never the number) so the web UI can show it to the person trying Renhe locally.
 */
export const outboxSender: SmsSender = {
  name: 'outbox',
  async send(db, message) {
    await db.insertInto('sms_outbox').values({ phone_hash: message.phoneHash, body: message.body }).execute();
  },
};
