// A minimal static file server on loopback for the benchmark and browser tests: serves dist/ and extra mounted
// folders, nothing else; remount switches the folders (a new deploy).
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  /** Serves other folders from now on (a new deploy: the old files are gone). */
  remount: (mounts: Record<string, string>) => void;
  close: () => Promise<void>;
}

const byLongestPrefix = (mounts: Record<string, string>) =>
  Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);

/** mounts: URL prefix → folder, e.g. { '/': 'dist', '/__ref/': 'scripts/bench' }; longest prefix wins. */
export function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  let entries = byLongestPrefix(mounts);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end();
    const root = resolve(mount[1]);
    let file = normalize(join(root, path.slice(mount[0].length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        remount: (next) => {
          entries = byLongestPrefix(next);
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
