// Runs dist/browser/server.js the way a browser runs a web worker, inside a Node worker thread: in a
// V8 context that holds only what a dedicated worker's global scope offers (postMessage, message
// events, timers, TextEncoder/TextDecoder, console), with no `process`, `require`, `Buffer` or
// `setImmediate`, so a Node built-in in the web build fails here as it would in the browser.
import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

const listeners = { message: [], error: [] };
const scope = {
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  TextEncoder,
  TextDecoder,
  URL,
  onmessage: null,
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: (type, listener) => (listeners[type] ??= []).push(listener),
  removeEventListener: (type, listener) => {
    listeners[type] = (listeners[type] ?? []).filter((l) => l !== listener);
  },
};
const context = vm.createContext(scope);
vm.runInContext('globalThis.self = globalThis;', context);

parentPort.on('message', (data) => {
  const event = { data };
  if (typeof context.onmessage === 'function') context.onmessage(event);
  for (const listener of listeners.message) listener(event);
});

vm.runInContext(fs.readFileSync(workerData.bundle, 'utf8'), context, { filename: workerData.bundle });
