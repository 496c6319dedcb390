// `npm run chat`: talk to the bot in the terminal against the configured database, for trying it out and for demos.
// The same wiring as src/main.ts without the HTTP server; agents answer from the console of a running `npm start`.
import { defaultSlaPolicy } from '../../complaint/sla-policy.ts';
import { composeDesk } from '../../compose-desk.ts';
import { createDb, sqliteFilePath } from '../../db/client.ts';
import { seedKnowledge } from '../../db/knowledge.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { loadEnvOrExit } from '../../env.ts';
import { createKnowledgeBase, samplePoliciesDir } from '../../knowledge/index.ts';
import { llmFromEnv } from '../../llm/llm-from-env.ts';
import { createLogger } from '../../log.ts';
import { getSegmenter } from '../../text/segmenter.ts';
import { buildCategoryModel } from '../../triage/classify/build-category-model.ts';
import { runTerminalChat } from './run-terminal-chat.ts';

const env = loadEnvOrExit();
// Only problems on stderr: the conversation is the output.
const log = createLogger({ level: env.LOG_LEVEL === 'debug' ? 'debug' : 'warn' });

applyMigrations(sqliteFilePath(env.DATABASE_URL));
const db = createDb(env.DATABASE_URL);
await seedKnowledge(db, samplePoliciesDir);
const kb = await createKnowledgeBase({ db, log });

const { bus, conversations } = composeDesk({
  db,
  log,
  now: () => new Date(),
  timeZone: env.TZ_BUSINESS,
  shopName: env.SHOP_NAME,
  sla: defaultSlaPolicy,
  model: buildCategoryModel(getSegmenter()),
  kb,
  llm: llmFromEnv(env, log),
});
process.stdout.write(`倾听 qingting 终端对话 · 数据库 ${env.DATABASE_URL}\n`);

await runTerminalChat({
  input: process.stdin,
  output: process.stdout,
  conversations,
  bus,
  log,
  watch: { db, pollMs: 2_000 },
});
await db.$disconnect();
process.exit(0);
