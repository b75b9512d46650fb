import { preview } from 'vite';

/** Serves a build on 127.0.0.1 at a free port, as `vite preview` does. */
export async function serve(outDir: string) {
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { server, url };
}
