// A bare DevTools protocol client over the browser's WebSocket (`--remote-debugging-port`), with
// flattened sessions: Playwright neither lists the real toolbar popup nor lets a script run in it
// before its own scripts, which the real-popup figures need (scripts/bench/real-popup.mjs).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';

/** Connects to the browser whose profile is `profileDir` (Chromium writes its port there). */
export async function connectBrowser(profileDir) {
  const [port, path] = (await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
  let nextId = 0;
  const waiting = new Map();
  const listeners = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined) {
      const waiter = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.message} (${waiter.method})`));
      else waiter?.resolve(message.result);
      return;
    }
    for (const listener of listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
      return () =>
        listeners.set(
          method,
          (listeners.get(method) ?? []).filter((l) => l !== listener),
        );
    },
    /** Evaluates `expression` in a session's page and returns its value (promises awaited). */
    async evaluate(sessionId, expression) {
      const { result, exceptionDetails } = await this.send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    close: () => socket.close(),
  };
}
