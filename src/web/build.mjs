// Bundles the offices' page scripts with their libraries (Chart.js) into one file each, written where the Maven build
// collects the jar's static files: target/classes/static/offices/assets/ (or the folder given). No script is fetched from elsewhere at run
// time; the pages' content security policy allows scripts from the application alone.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Maven names its output folder; run by hand, the bundle goes where Maven would put it.
const assets = process.argv[2] || join(here, '..', '..', 'target', 'classes', 'static', 'offices', 'assets');

await build({
  entryPoints: { overview: join(here, 'overview.js') },
  outdir: assets,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  logLevel: 'info',
});
