// npm run bench:chat — N concurrent web-chat sessions through real HTTP against the running server (a child
// process, as `npm start` runs it), beside a baseline: a bare Hono route doing one comparable database write,
// measured in the same run with the same client; and beside the least a durable turn writes, with no
// understanding, typed and raw (bench/baseline-server.ts), to show how much of the gap persistence alone takes.
// Prints messages/s and p50/p99 turn latency, twice: flat out (each session sends its next message the moment the
// reply arrives: the server's capacity) and paced (each session pauses like a person typing, BENCH_THINK_MS on
// average: the latency customers feel).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const sessions = Number(process.env.BENCH_SESSIONS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 500);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-bench-chat-'));

// One customer's turns, as people write them: the story, details, contact, confirmation, a status question.
const script = (i: number) => [
  `你好，我${i % 2 ? '前天' : '上周三'}在你们小程序买的电热水壶，用了两次底座就不通电了，订单号DD2026112${String(i).padStart(4, '0')}`,
  '希望换个新的，实在不行就退货',
  `电话 139${String(10000000 + i).slice(-8)}，我姓${'王李张刘陈'[i % 5]}`,
  '对',
  '我的投诉到哪一步了',
];

function start(command: string[], env: Record<string, string>, ready: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...command], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d) => {
      err += d;
      if (err.includes(ready)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${command.join(' ')} exited ${code}: ${err}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function post(url: string, body: unknown): Promise<{ ms: number; json: unknown }> {
  const t = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${url} → ${res.status} ${JSON.stringify(json)}`);
  return { ms: performance.now() - t, json };
}

/** A person's pause before the next message: uniform around the mean, so sessions do not march in step. */
function think(meanMs: number): Promise<void> {
  return meanMs > 0 ? new Promise((resolve) => setTimeout(resolve, meanMs * (0.5 + Math.random()))) : Promise.resolve();
}

async function runChat(base: string, pauseMs: number, offset: number) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: sessions }, async (_, i) => {
      for (let round = 0; round < rounds; round++) {
        const { json } = await post(`${base}/api/chat/sessions`, {});
        const id = (json as { sessionId: string }).sessionId;
        for (const text of script(offset + i * rounds + round)) {
          await think(pauseMs);
          latencies.push((await post(`${base}/api/chat/sessions/${id}/messages`, { text })).ms);
        }
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

async function runBaseline(url: string, count: number, pauseMs: number) {
  const latencies: number[] = [];
  const perSession = Math.ceil(count / sessions);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: sessions }, async (_, i) => {
      for (let k = 0; k < perSession; k++) {
        await think(pauseMs);
        latencies.push((await post(url, { text: script(i)[k % 5] })).ms);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function report(name: string, r: { latencies: number[]; seconds: number }) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const rate = r.latencies.length / r.seconds;
  console.log(
    `${name.padEnd(34)} ${String(r.latencies.length).padStart(5)} msgs  ${rate.toFixed(0).padStart(6)} msg/s  ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`,
  );
  return rate;
}

const chatPort = 41000 + Math.floor(Math.random() * 1000);
const basePort = chatPort + 1000;
const server = await start(
  ['src/main.ts'],
  { PORT: String(chatPort), DATABASE_URL: `file:${dir}/chat.db` },
  'qingting listening',
);
const baseline = await start(
  ['bench/baseline-server.ts'],
  { PORT: String(basePort), BASELINE_DB: `${dir}/base.db` },
  'baseline listening',
);
try {
  console.log(
    `bench:chat — ${sessions} concurrent web-chat sessions × ${rounds} conversations × 5 turns, offline engine`,
  );
  const chatUrl = `http://127.0.0.1:${chatPort}`;
  const baseUrl = `http://127.0.0.1:${basePort}`;
  await runChat(chatUrl, 0, 0); // warm-up: JIT, SQLite caches
  await runBaseline(`${baseUrl}/write`, sessions * rounds * 5, 0);
  await runBaseline(`${baseUrl}/durable-turn`, sessions * rounds * 5, 0);
  await runBaseline(`${baseUrl}/durable-turn-raw`, sessions * rounds * 5, 0);
  const chat = await runChat(chatUrl, 0, 1000);
  const base = await runBaseline(`${baseUrl}/write`, chat.latencies.length, 0);
  const floor = await runBaseline(`${baseUrl}/durable-turn`, chat.latencies.length, 0);
  const rawFloor = await runBaseline(`${baseUrl}/durable-turn-raw`, chat.latencies.length, 0);
  console.log('flat out (no pause between messages):');
  const chatRate = report('  qingting chat turn', chat);
  const baseRate = report('  baseline (bare Hono + 1 write)', base);
  const floorRate = report('  durable turn, no understanding', floor);
  const rawFloorRate = report('  the same in raw SQL', rawFloor);
  const share = (rate: number) => `${((100 * rate) / baseRate).toFixed(0)} %`;
  console.log(`  throughput vs baseline: ${share(chatRate)}`);
  console.log(
    `  a durable turn that understands nothing, vs baseline: ${share(floorRate)} (raw SQL ${share(rawFloorRate)})`,
  );
  console.log(`paced (each session pauses ${thinkMs / 2}-${(thinkMs * 3) / 2} ms before each message):`);
  report('  qingting chat turn', await runChat(chatUrl, thinkMs, 2000));
  report('  baseline (bare Hono + 1 write)', await runBaseline(`${baseUrl}/write`, chat.latencies.length, thinkMs));
} finally {
  server.kill('SIGINT');
  baseline.kill('SIGINT');
  fs.rmSync(dir, { recursive: true, force: true });
}
