// The API client is generated from the OpenAPI schema that Django produces, so the UI cannot drift from the API.
//   node scripts/api.mjs schema    dump the schema from Django into openapi.json
//   node scripts/api.mjs generate  dump the schema, then regenerate src/api/generated.ts from it
//   node scripts/api.mjs check     regenerate both into a temporary folder; fail when the committed files differ
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEndpoints } from '@rtk-query/codegen-openapi';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(webDir, '..');
const schemaPath = path.join(webDir, 'openapi.json');
const clientPath = path.join(webDir, 'src/api/generated.ts');

function python() {
  if (process.env.STOREOPS_PYTHON) return process.env.STOREOPS_PYTHON;
  const venv = path.join(repoDir, '.venv/bin/python');
  return existsSync(venv) ? venv : 'python3';
}

function dumpSchema(target) {
  execFileSync(
    python(),
    ['manage.py', 'spectacular', '--format', 'openapi-json', '--file', target],
    {
      cwd: repoDir,
      stdio: ['ignore', 'inherit', 'inherit'],
      // The test profile: no .env needed, no secret needed, and the same schema on every machine.
      env: { ...process.env, DJANGO_SETTINGS_MODULE: 'config.settings.test' },
    },
  );
  // A stable, readable file: sorted by drf-spectacular already; end with a newline like every other file.
  const text = readFileSync(target, 'utf8').trimEnd() + '\n';
  writeFileSync(target, text);
}

async function generateClient(schemaFile) {
  const source = await generateEndpoints({
    schemaFile,
    apiFile: './baseApi.ts',
    apiImport: 'baseApi',
    exportName: 'storeopsApi',
    hooks: { queries: true, lazyQueries: true, mutations: true },
    tag: true,
  });
  return `// Generated from openapi.json by scripts/api.mjs. Do not edit: run \`npm run api:generate\`.\n${source}`;
}

async function main() {
  const command = process.argv[2];
  if (command === 'schema') {
    dumpSchema(schemaPath);
  } else if (command === 'generate') {
    dumpSchema(schemaPath);
    writeFileSync(clientPath, await generateClient(schemaPath));
    console.log(`wrote ${path.relative(webDir, schemaPath)} and ${path.relative(webDir, clientPath)}`);
  } else if (command === 'check') {
    const dir = mkdtempSync(path.join(tmpdir(), 'storeops-api-'));
    try {
      const freshSchema = path.join(dir, 'openapi.json');
      dumpSchema(freshSchema);
      const freshClient = await generateClient(freshSchema);
      const stale = [];
      if (readFileSync(freshSchema, 'utf8') !== readFileSync(schemaPath, 'utf8')) stale.push('web/openapi.json');
      if (freshClient !== readFileSync(clientPath, 'utf8')) stale.push('web/src/api/generated.ts');
      if (stale.length) {
        console.error(`stale generated API files: ${stale.join(', ')}; run \`npm run api:generate\` in web/`);
        process.exit(1);
      }
      console.log('generated API client is up to date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    console.error('usage: node scripts/api.mjs schema|generate|check');
    process.exit(2);
  }
}

await main();
