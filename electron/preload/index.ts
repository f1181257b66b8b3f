// Bundled into one CommonJS file (dist-electron/preload.cjs): a sandboxed preload can only
// require 'electron'. The page gets `window.conventionApi` and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

const api = createApi((channel, arg) => ipcRenderer.invoke(channel, arg));

contextBridge.exposeInMainWorld('conventionApi', api);
