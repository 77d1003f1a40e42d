import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The Teams app manifest schema version we build against (validated offline with Microsoft's bundled schema). */
export const MANIFEST_VERSION = '1.22';

export interface ManifestOptions {
  botId: string;
  appId?: string;
  version?: string;
  websiteUrl?: string;
  validDomains?: string[];
}

/** A GUID derived from the bot id, so the same bot always gets the same Teams app id. */
export function appIdFor(botId: string): string {
  const hex = createHash('sha256').update(`radgivaren-teams:${botId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The Teams manifest: one personal-scope bot with a few Swedish starter commands. */
export function buildManifest({ botId, appId, version = '1.0.0', websiteUrl = 'https://vision.se', validDomains = [] }: ManifestOptions): Record<string, unknown> {
  const site = websiteUrl.replace(/\/+$/, '');
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appId ?? appIdFor(botId),
    developer: {
      name: 'Vision',
      websiteUrl: site,
      privacyUrl: `${site}/integritet`,
      termsOfUseUrl: `${site}/villkor`,
    },
    name: { short: 'Rådgivaren', full: 'Rådgivaren – Visions medlemsrådgivning' },
    description: {
      short: 'Svar från Visions egna dokument, med källa – och en rådgivare när du behöver.',
      full:
        'Fråga om medlemskapet, inkomstförsäkringen, a-kassan och Visions rapporter och råd. Rådgivaren svarar utifrån Visions egna dokument och visar källan, säger ärligt till när dokumenten inte svarar, och kopplar dig till en av Visions rådgivare när du ber om det eller har ett personligt ärende.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#4A1A6B',
    bots: [
      {
        botId,
        scopes: ['personal'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal'],
            commands: [
              { title: 'Bli medlem', description: 'Hur blir jag medlem i Vision?' },
              { title: 'Inkomstförsäkring', description: 'Ingår inkomstförsäkringen i medlemskapet?' },
              { title: 'Prata med en rådgivare', description: 'Koppla mig till en av Visions rådgivare' },
            ],
          },
        ],
      },
    ],
    validDomains,
  };
}

/** Validates a manifest against Microsoft's own JSON schema for its version, shipped in @microsoft/app-manifest. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const { ManifestUtil } = (await import('@microsoft/app-manifest')) as unknown as {
    ManifestUtil: { validateManifestAgainstSchema(manifest: unknown, schema: unknown): Promise<string[]> };
  };
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  const schemaFile = path.join(packageDir, 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');
  // Microsoft's published schema has an invalid regex escape (\a); their own fetchSchema applies the same fix.
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\x07'));
  return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
}
