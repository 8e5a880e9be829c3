// Placeholder until the sandbox lands: serves only the health check.
import { createServer } from 'node:http';

const port = Number(process.env.SANDBOX_PORT ?? 8790);
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{}');
}).listen(port, '127.0.0.1');
