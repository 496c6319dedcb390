import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './wait-for.ts';

// `npm start` as a user runs it: a fresh folder for the data, no .env, a real port.
const root = path.resolve(import.meta.dirname, '..');
let child: ChildProcess;
let baseUrl: string;
let stdout = '';
let stderr = '';
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-start-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  baseUrl = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: String(port), DATABASE_URL: `file:${dataDir}/db/qingting.db` },
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  await waitFor(
    `the server to listen (stderr: ${stderr})`,
    () => stderr.includes('qingting listening') || child.exitCode !== null,
  );
  if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with no configuration', () => {
  it('creates the SQLite file under the given folder and says where it is', () => {
    expect(fs.existsSync(path.join(dataDir, 'db', 'qingting.db'))).toBe(true);
    expect(stderr).toContain(`file=${path.join(dataDir, 'db', 'qingting.db')}`);
  });

  it('prints a generated admin token once, on stdout only', () => {
    expect(stdout).toMatch(/admin token .*: qt_[\w-]{43}/);
    const token = stdout.match(/qt_[\w-]{43}/)?.[0] ?? '';
    expect(stderr).not.toContain(token);
  });

  it('serves /healthz, the web chat at / and the console at /console', async () => {
    const health = await fetch(`${baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const chat = await fetch(`${baseUrl}/`);
    expect(chat.headers.get('content-type')).toContain('text/html');
    expect(await chat.text()).toMatch(/^<!DOCTYPE html>.*倾听/s);
    const console = await fetch(`${baseUrl}/console`);
    expect(await console.text()).toContain('客服工作台');
  });

  it('shuts down cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('shutting down');
  });
});
