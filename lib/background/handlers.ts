import type { InstanceService } from '../instances/instance-service';
import type { Handlers } from '../messaging/receiver';
import { AuthError } from '../auth/errors';

export interface HandlerDeps {
  instances: InstanceService;
}

/** The background's request handlers: plain async functions, one per protocol request. */
export function createHandlers({ instances }: HandlerDeps): Handlers {
  return {
    getState: () => instances.getState(),
    signIn: () => instances.signIn(),
    signOut: () => instances.signOut(),
    listInstances: async () => {
      const { group, usage } = await instances.getState();
      return { group, usage };
    },
    refreshInstances: async () => {
      await instances.refresh();
      return instances.getState();
    },
    setManualInstances: ({ list }) => instances.setManualInstances(list),
    setSource: ({ source }) => instances.setSource(source),
    openInstance: async () => {
      throw new AuthError('not-signed-in', 'Opening an org is not available yet.');
    },
  };
}
