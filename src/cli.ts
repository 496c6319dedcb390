// Command-line entry (`npx qingting …`, `npm run --silent triage`): configuration → capabilities → command.
import { loadEnvOrExit } from './env.ts';
import { llmFromEnv } from './llm/llm-from-env.ts';
import { triageWithLlm } from './llm/triage-with-llm.ts';
import { createLogger } from './log.ts';
import { getSegmenter } from './text/segmenter.ts';
import { buildCategoryModel } from './triage/classify/build-category-model.ts';
import { runTriageCommand } from './triage/run-triage-command.ts';
import { createTriageEngine } from './triage/triage-engine.ts';

const usage = `用法 / usage:
  npx qingting triage     读取标准输入的 JSON 行 {"text": "..."} 或纯文本行，每行输出一条分诊结果 (SPEC §7)
                          reads JSON lines {"text": "..."} or plain text lines on stdin, writes one JSON line each
  npx qingting help       显示本说明 / show this help`;

const [command] = process.argv.slice(2);
if (command !== 'triage') {
  process.stdout.write(`${usage}\n`);
  process.exit(command === undefined || command === 'help' || command === '--help' ? 0 : 2);
}

const env = loadEnvOrExit();
const log = createLogger({ level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL });
const segmenter = getSegmenter();
const engine = createTriageEngine({ model: buildCategoryModel(segmenter), segmenter, timeZone: env.TZ_BUSINESS });
const llm = llmFromEnv(env, log);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // the reader went away (`| head`): stop quietly
  throw error;
});

await runTriageCommand({
  input: process.stdin,
  output: process.stdout,
  now: () => new Date(),
  concurrency: llm ? 4 : 1,
  triage: async (text, now) => {
    const offline = engine.triage(text, now);
    return llm ? triageWithLlm(llm, text, now, offline, { timeZone: env.TZ_BUSINESS }) : offline;
  },
});
