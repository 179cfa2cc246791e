// Compresses the built web app once, at build time: a brotli (.br) and a gzip (.gz) copy beside each text
// file, which the server picks by the browser's Accept-Encoding (src/server/plugins/web.ts). At the highest
// levels, since it is done once and not per request. Run by `npm run build` after `vite build`:
// `tsx scripts/precompress.ts dist/web`.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest', '.xml']);
/**
 * Below this a compressed copy saves less than the headers of a round trip (the API's threshold too) — except for
 * scripts and styles: a page may load a tiny chunk the bundler shares between pages, and every file of a page's
 * load is then served compressed alike (e2e/first-load.spec.ts).
 */
const MIN_BYTES = 1024;
const ALWAYS = new Set(['.js', '.mjs', '.css']);

export interface Precompressed {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

export async function precompress(dir: string): Promise<Precompressed> {
  const total: Precompressed = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const names = (await readdir(dir, { recursive: true })).filter((n) => COMPRESSIBLE.has(extname(n)));
  await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      if (!(await stat(path)).isFile()) return;
      const source = await readFile(path);
      if (source.length < MIN_BYTES && !ALWAYS.has(extname(name))) return;
      const [br, gzipped] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
        gz(source, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      total.files++;
      total.bytes += source.length;
      total.brotliBytes += br.length;
      total.gzipBytes += gzipped.length;
    }),
  );
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
export const describePrecompressed = (p: Precompressed) =>
  `precompressed ${p.files} files: ${kb(p.bytes)} → ${kb(p.brotliBytes)} brotli, ${kb(p.gzipBytes)} gzip`;

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  void precompress(resolve(process.argv[2] ?? 'dist/web')).then((p) => console.log(describePrecompressed(p)));
}
