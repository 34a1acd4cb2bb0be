// Runs in Chromium (test/webWorker.test.ts): starts dist/browser/server.js as a web worker and speaks
// LSP to it with worker messages, as the web extension's client does; leaves what it received in
// window.exchange. Plain JavaScript, served as it is.
/* global window, Worker */
window.runExchange = async function runExchange(text) {
  const worker = new Worker('/server.js');
  const errors = [];
  worker.onerror = (event) => errors.push(String(event.message));
  const pending = new Map();
  let published;
  const diagnostics = new Promise((resolve) => (published = resolve));
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.method === 'textDocument/publishDiagnostics')
      published(message.params.diagnostics.map((d) => String(d.code)));
    else if (message.id !== undefined && message.method !== undefined)
      worker.postMessage({ jsonrpc: '2.0', id: message.id, result: null }); // a request to the client
    else if (message.id !== undefined) pending.get(message.id)?.(message.result);
  };
  let next = 1;
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const uri = 'file:///work/listener.elbv2.yaml';
  const init = await request('initialize', { processId: null, rootUri: null, capabilities: {} });
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const codes = await diagnostics;
  const list = await request('textDocument/completion', {
    textDocument: { uri },
    position: { line: 1, character: 10 },
  });
  const hover = await request('textDocument/hover', {
    textDocument: { uri },
    position: { line: 2, character: 1 },
  });
  worker.terminate();
  return {
    serverName: init.serverInfo.name,
    codes,
    labels: list.items.map((i) => i.label),
    hover: hover.contents.value,
    errors,
  };
};
