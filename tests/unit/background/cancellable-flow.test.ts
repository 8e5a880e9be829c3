import { describe, expect, it, vi } from 'vitest';
import { cancellableFlow } from '../../../lib/background/cancellable-flow';
import { fromWebAuthFlowError } from '../../../lib/auth/errors';

describe('cancellableFlow', () => {
  it('passes a finished flow through', async () => {
    const flow = cancellableFlow(async (url: string) => `${url}#done`);
    await expect(flow.run('https://idp.test/auth')).resolves.toBe('https://idp.test/auth#done');
  });

  it('cancel() rejects the running flow as a cancelled sign-in and closes its window', async () => {
    const close = vi.fn(async () => undefined);
    const flow = cancellableFlow(() => new Promise<string>(() => undefined), close);
    const running = flow.run('https://idp.test/auth');
    await flow.cancel();
    const error = await running.catch((reason: unknown) => reason);
    expect(fromWebAuthFlowError(error).kind).toBe('cancelled');
    expect(close).toHaveBeenCalledWith('https://idp.test/auth');
  });

  it('cancel() with nothing running does nothing', async () => {
    const close = vi.fn(async () => undefined);
    await cancellableFlow(async () => 'x', close).cancel();
    expect(close).not.toHaveBeenCalled();
  });
});
