import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildTeamsPackage, validateManifest } from '../../src/channels/botframework/teams-app/index.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';

/** Reads the entries of a ZIP through its central directory (independently of our writer). */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(archive.subarray(dataStart, dataStart + compressedSize)));
    at += 46 + nameLength + extra;
  }
  return files;
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('Teams app package', () => {
  it('builds a manifest that validates against Microsoft\'s schema, with the bot id from config', async () => {
    const { zip, manifest } = await buildTeamsPackage({ botId: BOT_ID, validDomains: ['bot.example.se'] });
    expect(manifest.manifestVersion).toBe('1.22');
    expect((manifest.bots as { botId: string }[])[0]!.botId).toBe(BOT_ID);
    const files = unzip(zip);
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual(manifest);
    expect(pngSize(files.get('color.png')!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files.get('outline.png')!)).toEqual({ width: 32, height: 32 });
  });

  it('is reproducible and keeps the same Teams app id for the same bot', async () => {
    const a = await buildTeamsPackage({ botId: BOT_ID });
    const b = await buildTeamsPackage({ botId: BOT_ID });
    expect(a.zip.equals(b.zip)).toBe(true);
    expect(a.manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reports schema errors instead of packaging an invalid manifest', async () => {
    const broken = { ...buildManifest({ botId: BOT_ID }), accentColor: 'purple', developer: { name: 'Vision' } };
    const errors = await validateManifest(broken);
    expect(errors.join('\n')).toMatch(/accentColor/);
    expect(errors.join('\n')).toMatch(/websiteUrl/);
    await expect(buildTeamsPackage({ botId: BOT_ID, appId: 'not-a-guid' })).rejects.toThrow(/does not validate/);
  });
});
