import { API_ROUTES, isApiRoute, type ApiRoutes } from '../../shared/ipc/channels';
import type { ConventionApi, IpcArgs, IpcChannel, IpcResults } from '../../shared/ipc/contract';

/** `ipcRenderer.invoke`, typed by the contract. */
export type Invoke = <C extends IpcChannel>(channel: C, arg: IpcArgs<C>) => Promise<IpcResults[C]>;

/** Frozen objects of named functions, one per route; a function sends its own channel only. */
function build(routes: ApiRoutes, invoke: Invoke): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(routes)) {
    api[name] = isApiRoute(entry)
      ? (...params: unknown[]) => invoke(entry.channel, entry.pack(...params))
      : build(entry, invoke);
  }
  return Object.freeze(api);
}

/**
 * `window.conventionApi`, built from the contract's routes (shared/ipc/channels.ts): one
 * named function per channel; no generic channel access is ever handed to the page.
 */
export function createApi(invoke: Invoke): ConventionApi {
  return build(API_ROUTES as unknown as ApiRoutes, invoke) as unknown as ConventionApi;
}
