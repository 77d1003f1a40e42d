/**
 * `npm run teams:package`: builds dist/teams/radgivaren-teams.zip (manifest on a current
 * schema version, validated offline against Microsoft's schema; icons; bot id from config).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTeamsPackage } from '../channels/botframework/teams-app/index.js';
import { loadConfig } from '../config/index.js';
import { errorMessage } from '../core/errors.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const botId = config.botFramework.appId;
  if (!botId) throw new Error('set MicrosoftAppId (the bot\'s Microsoft App ID) to build the Teams package');
  const out = path.resolve(process.argv[2] ?? 'dist/teams');
  const host = config.publicBaseUrl ? new URL(config.publicBaseUrl).host : undefined;
  const { zip, manifest } = await buildTeamsPackage({ botId, appId: config.teamsAppId, validDomains: host ? [host] : [] });
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'radgivaren-teams.zip');
  writeFileSync(file, zip);
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  process.stdout.write(`${file} (${zip.length} bytes): manifest v${String(manifest.manifestVersion)} valid, app id ${String(manifest.id)}, bot id ${botId}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`teams:package failed: ${errorMessage(error)}\n`);
  process.exitCode = 1;
});
