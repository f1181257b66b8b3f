import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { z } from 'zod';
import {
  IPC_REFUSED_PREFIX,
  type IpcArgs,
  type IpcChannel,
  type IpcResults,
} from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../constants';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
export type IpcMainLike = Pick<IpcMain, 'handle'>;

export class IpcRefusedError extends Error {
  constructor(reason: string) {
    super(`${IPC_REFUSED_PREFIX} ${reason}`);
    this.name = 'IpcRefusedError';
  }
}

type FrameIdentity = Pick<WebFrameMain, 'processId' | 'routingId'>;

function sameFrame(a: FrameIdentity, b: FrameIdentity): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * Accepts only calls from the main frame of our one window, showing a page of our origin.
 * Anything else (a subframe, another webContents, a page that navigated away, a destroyed
 * frame) is refused.
 */
export function createSenderCheck(getWindow: () => BrowserWindow | null): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    const win = getWindow();
    if (!win || win.isDestroyed()) return false;
    const contents = win.webContents;
    if (event.sender !== contents) return false;
    const mainFrame = contents.mainFrame;
    if (!sameFrame(frame, mainFrame) || frame.parent !== null) return false;
    return typeof frame.url === 'string' && frame.url.startsWith(`${APP_ORIGIN}/`);
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')} : ${issue.message}` : issue.message,
    )
    .join(' ; ');
}

/**
 * Registers `handler` for `channel`, after checking who calls (senderCheck) and what is sent
 * (the channel's zod schema). Refusals throw an Error whose message starts with
 * IPC_REFUSED_PREFIX; the handler is never called with unchecked data.
 */
export function handleValidated<C extends IpcChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  schema: z.ZodType<IpcArgs<C>>,
  senderCheck: SenderCheck,
  handler: (arg: IpcArgs<C>) => Promise<IpcResults[C]>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!senderCheck(event)) {
      throw new IpcRefusedError(
        `appel « ${channel} » refusé : il ne vient pas de la fenêtre de l’application.`,
      );
    }
    if (args.length > 1) {
      throw new IpcRefusedError(`appel « ${channel} » refusé : trop d’arguments.`);
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new IpcRefusedError(
        `argument invalide pour « ${channel} » (${describeIssues(parsed.error)}).`,
      );
    }
    return handler(parsed.data);
  });
}
