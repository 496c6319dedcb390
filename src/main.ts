// Composition root: configuration → dependencies → HTTP server and channels. No logic lives here.
import path from 'node:path';
import { serve } from '@hono/node-server';
import { ensureBootstrapAdmin } from './accounts/ensure-bootstrap-admin.ts';
import { startWechatChannel } from './channels/wechat/start-wechat-channel.ts';
import { composeDesk } from './compose-desk.ts';
import { createDb, sqliteFilePath } from './db/client.ts';
import { seedKnowledge } from './db/knowledge.ts';
import { applyMigrations } from './db/migrate.ts';
import { loadSlaPolicy } from './db/sla.ts';
import { loadEnvOrExit } from './env.ts';
import { createKnowledgeBase, samplePoliciesDir } from './knowledge/index.ts';
import { defaultModel, llmFromEnv } from './llm/llm-from-env.ts';
import { createLogger } from './log.ts';
import { getSegmenter } from './text/segmenter.ts';
import { buildCategoryModel } from './triage/classify/build-category-model.ts';

const env = loadEnvOrExit();
const log = createLogger({ level: env.LOG_LEVEL });

const dbFile = sqliteFilePath(env.DATABASE_URL);
const applied = applyMigrations(dbFile);
log.info('database ready', { file: dbFile, migrationsApplied: applied.length });
const db = createDb(env.DATABASE_URL);

const admin = await ensureBootstrapAdmin(db, env.ADMIN_TOKEN);
if (admin.kind === 'generated') {
  // Printed on stdout only, once: the token is not logged and not stored in clear anywhere.
  process.stdout.write(
    `\n管理员令牌 / admin token (shown once, keep it safe): ${admin.token}\n` +
      'Set ADMIN_TOKEN in .env to choose your own.\n\n',
  );
} else if (admin.kind === 'existing') {
  log.info('bootstrap admin exists; its token was printed at first start (set ADMIN_TOKEN to replace it)');
}

const llm = llmFromEnv(env, log);
log.info(llm ? 'language model configured' : 'offline engine (no language model configured)', {
  model: llm ? (env.OPENAI_MODEL ?? defaultModel) : undefined,
});

const seeded = await seedKnowledge(db, samplePoliciesDir);
if (seeded.status === 'seeded') {
  log.info('knowledge base seeded from knowledge/', { documents: seeded.documents });
  for (const skip of seeded.skipped) log.warn('policy file skipped', { file: skip.file, reason: skip.reason });
}
const kb = await createKnowledgeBase({ db, log });

const { app, bus, conversations, sla, channels } = composeDesk({
  db,
  log,
  now: () => new Date(),
  timeZone: env.TZ_BUSINESS,
  shopName: env.SHOP_NAME,
  sla: await loadSlaPolicy(db),
  model: buildCategoryModel(getSegmenter()),
  kb,
  llm,
});
// Before resuming: replies to unfinished WeChat turns go out through the channel once it is logged in.
const wechat = await startWechatChannel({
  env,
  conversations,
  bus,
  log,
  board: channels,
  sessionName: path.join(path.dirname(dbFile), 'wechaty'),
  print: (text) => process.stdout.write(`${text}\n`),
});
const resumed = await conversations.resumeUnfinishedTurns();
if (resumed > 0) log.info('finished turns left half done by the last stop', { turns: resumed });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const host = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  log.info('qingting listening', {
    url: `http://${host}:${info.port}`,
    console: `http://${host}:${info.port}/console`,
  });
  // Deadlines are kept in the database: the first pass catches up on whatever fell due while stopped.
  sla.start();
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  server.close();
  await sla.stop();
  await wechat.stop();
  await db.$disconnect();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
