import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * Another site that serves layer files, over HTTPS (the page's policy allows other sites only over HTTPS), on a
 * loopback port, with a self-signed certificate made for the run (the browser context is told to accept it). Each
 * path plays one way a shared layer's server can fail; `layers` adds paths that answer with a layer file.
 */

const CERT_DIR = 'node_modules/.cache/layer-server';
const CORS = { 'Access-Control-Allow-Origin': '*' };

function certificate(): { key: Buffer; cert: Buffer } {
  mkdirSync(CERT_DIR, { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${CERT_DIR}/key.pem`,
      '-out',
      `${CERT_DIR}/cert.pem`,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(`${CERT_DIR}/key.pem`), cert: readFileSync(`${CERT_DIR}/cert.pem`) };
}

export interface LayerServer {
  origin: string;
  close(): Promise<void>;
}

export function startLayerServer(layers: Record<string, string> = {}): Promise<LayerServer> {
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer(certificate(), (request, response) => {
    const path = new URL(request.url ?? '/', 'https://host').pathname;
    const send = (status: number, headers: Record<string, string>, body = '') => {
      response.writeHead(status, headers);
      response.end(body);
    };
    if (Object.hasOwn(layers, path)) {
      send(200, { ...CORS, 'content-type': 'application/json' }, layers[path]);
      return;
    }
    switch (path) {
      case '/private.json':
        return send(200, { 'content-type': 'application/json' }, '{}');
      case '/loop.json':
        return send(302, { ...CORS, location: '/loop.json' });
      case '/to-script.json':
        return send(302, { ...CORS, location: 'javascript:window.__pwned=1' });
      case '/gone.json':
        return send(404, { ...CORS, 'content-type': 'text/plain' }, 'not found');
      case '/login.json':
        return send(
          200,
          { ...CORS, 'content-type': 'text/html' },
          '<!doctype html><title>Sign in</title><form>',
        );
      case '/slow.json':
        // Never answered: the socket stays open until the server closes.
        hanging.add(response);
        return;
      default:
        return send(404, {}, '');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const response of hanging) response.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}
