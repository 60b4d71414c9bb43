// Renders every diagram in processes/ to docs/diagrams/<name>.svg with bpmn-js in headless Chromium.
// Each picture carries the SHA-256 of the BPMN it shows; the build checks that it is up to date.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const processes = join(root, 'processes');
const pictures = join(root, 'docs', 'diagrams');
const viewer = new URL('./node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', import.meta.url).pathname;

mkdirSync(pictures, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync']
});
try {
  const page = await browser.newPage();
  await page.setContent('<html><body><div id="canvas" style="width:2400px;height:1400px"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  for (const file of readdirSync(processes).filter(f => f.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(join(processes, file), 'utf8');
    const svg = await page.evaluate(async (diagram) => {
      const canvas = document.getElementById('canvas');
      canvas.innerHTML = '';
      const viewer = new window.BpmnJS({ container: canvas });
      await viewer.importXML(diagram);
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      return svg;
    }, xml);
    const hash = createHash('sha256').update(readFileSync(join(processes, file))).digest('hex');
    const name = file.replace(/\.bpmn$/, '.svg');
    writeFileSync(join(pictures, name), svg.replace('<svg', `<!-- source: processes/${file} sha256:${hash} -->\n<svg`) + '\n');
    console.log(`docs/diagrams/${name}`);
  }
} finally {
  await browser.close();
}
