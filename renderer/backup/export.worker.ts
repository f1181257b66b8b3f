/// <reference lib="webworker" />
/** The backups' export, off the window's thread (see export-request.ts). */
import { runExportRequest, type ExportRequest, type ExportResponse } from './export-request';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExportRequest>) => {
  void runExportRequest(event.data).then((response: ExportResponse) =>
    scope.postMessage(response, response.ok ? [response.bytes.buffer] : []),
  );
};
