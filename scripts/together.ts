// npm run together -- a b c: runs the npm scripts a, b and c at the same time and fails if any
// fails. `npm test` uses it for steps that do not depend on each other and that each leave a core
// idle: the type check and the lint (each single-threaded), the site build and the one-file build.
// Each script's output is held and printed whole when it ends, so the logs do not interleave.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/together.ts <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();

function run(script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (ok: boolean, why: string) => {
      process.stdout.write(
        `\n> ${script}: ${why} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    };
    child.on('error', (error) => finish(false, `could not start (${error.message})`));
    child.on('close', (code, signal) =>
      finish(
        code === 0,
        code === 0 ? 'passed' : signal ? `stopped by ${signal}` : `failed with exit code ${code}`,
      ),
    );
  });
}

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\n${failed.join(', ')} failed.`);
  process.exit(1);
}
