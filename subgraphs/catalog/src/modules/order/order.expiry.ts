import { ANONYMOUS, type BackgroundRun, type BackgroundWork } from '@cooplab/kit';
import { OrderService, type OrderSettings } from './order.service.js';

export interface ExpirySweepOptions {
  /** Time between two sweeps. */
  everyMs: number;
  /** Orders expired per transaction. */
  batch: number;
  /** Transactions per sweep at most: what is left waits for the next sweep. */
  maxBatches: number;
}

export const EXPIRY_SWEEP: ExpirySweepOptions = { everyMs: 60_000, batch: 100, maxBatches: 10 };

/**
 * The catalog's periodic expiry of unconfirmed orders (OrderService.expireUnconfirmed): every minute, batches of
 * at most `batch` orders, at most `maxBatches` of them. Every replica runs it; their sweeps skip each other's
 * locked rows. The timer does not keep the process alive, and `stop()` waits for a sweep under way.
 */
export function startOrderExpiry(run: BackgroundRun, settings: OrderSettings, options: ExpirySweepOptions = EXPIRY_SWEEP): BackgroundWork {
  let running: Promise<void> | null = null;
  const sweep = async () => {
    let expired = 0;
    for (let i = 0; i < options.maxBatches; i++) {
      const orders = await new OrderService(run.em.fork(), ANONYMOUS, settings).expireUnconfirmed(new Date(), options.batch);
      expired += orders.length;
      if (orders.length < options.batch) break;
    }
    if (expired > 0) run.log.info('unconfirmed orders expired', { expired, confirmationHours: settings.confirmationHours });
  };
  const timer = setInterval(() => {
    if (running) return; // the previous sweep is still at work
    running = sweep()
      .catch((error: unknown) => run.log.error('expiring unconfirmed orders failed', { error }))
      .finally(() => (running = null));
  }, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
