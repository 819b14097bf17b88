/**
 * deploy/nginx/ run by Debian's nginx on loopback, serving a build: the
 * site's configuration as it is, with only its port and root changed.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, temporaryFolder } from './fixtures.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  base: string;
  port: number;
  stop: () => void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** nginx serving the build in `dist`, with `extraFiles` (name → content) added to its root. */
export async function startNginx(dist: string, extraFiles: Record<string, string | Buffer> = {}): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (npm test installs it)`);
  const prefix = temporaryFolder('nginx-');
  const port = await freePort();
  mkdirSync(join(prefix, 'conf.d'));
  mkdirSync(join(prefix, 'logs'));
  cpSync(join(ROOT, 'deploy/nginx/snippets'), join(prefix, 'snippets'), { recursive: true });
  copyFileSync('/etc/nginx/mime.types', join(prefix, 'mime.types'));
  // The build, linked into a folder of its own, with the extra files beside it.
  const root = join(prefix, 'root');
  mkdirSync(root);
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(root, name));
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(root, name), content);
  const site = readFileSync(join(ROOT, 'deploy/nginx/vn-la-reform.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replaceAll('/var/www/vn-la-reform', root);
  writeFileSync(join(prefix, 'conf.d/vn-la-reform.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'worker_processes 1;',
      `error_log ${join(prefix, 'logs/error.log')};`,
      `pid ${join(prefix, 'nginx.pid')};`,
      // Running as root, workers would drop to "nobody"; the build must be readable by them.
      'user root;',
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      '  include conf.d/vn-la-reform.conf;',
      '}',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'pipe' });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`${base}/robots.txt`);
      return { base, port, stop: () => nginx.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  nginx.kill();
  throw new Error(`nginx did not start: ${stderr}`);
}
