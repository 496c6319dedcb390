import type { impls } from 'wechaty-puppet';
import { resolvePuppet } from 'wechaty-puppet/helpers';

type PuppetPackage = `wechaty-puppet-${string}` | `@${string}/wechaty-puppet-${string}`;

/**
 * The puppet named by WECHATY_PUPPET, imported and constructed with the service token. Rejects for a name that is
 * not a puppet package or a package that is not installed: configuration problems that retrying cannot fix.
 */
export async function loadPuppet(name: string, token?: string): Promise<impls.PuppetInterface> {
  if (!isPuppetPackage(name)) throw new Error(`"${name}" is not a Wechaty puppet package name (wechaty-puppet-…)`);
  return resolvePuppet({ puppet: name, puppetOptions: token ? { token } : {} });
}

function isPuppetPackage(name: string): name is PuppetPackage {
  return /^(@[\w.-]+\/)?wechaty-puppet-[\w.-]+$/.test(name);
}
