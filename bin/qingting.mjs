#!/usr/bin/env node
// `npx qingting <command>`: runs the TypeScript sources through tsx, like `npm start` does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
