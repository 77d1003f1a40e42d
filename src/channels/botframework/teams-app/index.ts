import { colorIcon, outlineIcon } from './png.js';
import { buildManifest, validateManifest, type ManifestOptions } from './manifest.js';
import { zip } from './zip.js';

export { buildManifest, validateManifest, MANIFEST_VERSION, appIdFor } from './manifest.js';

/** Builds and validates the Teams app package (manifest.json, color.png, outline.png). Throws with every schema error. */
export async function buildTeamsPackage(options: ManifestOptions): Promise<{ zip: Buffer; manifest: Record<string, unknown> }> {
  const manifest = buildManifest(options);
  const errors = await validateManifest(manifest);
  if (errors.length) throw new Error(`the Teams manifest does not validate:\n${errors.join('\n')}`);
  return {
    manifest,
    zip: zip([
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
      { name: 'color.png', data: colorIcon() },
      { name: 'outline.png', data: outlineIcon() },
    ]),
  };
}
