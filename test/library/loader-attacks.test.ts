// The loader against a library folder built to trick or stop it (issue 15): links out of the
// library, hard links, FIFOs and devices, huge and deeply nested files. Each is refused with one
// problem naming the file, nothing of a refused file reaches a log or an answer, and the rest of
// the library loads.
import { execFileSync } from 'node:child_process';
import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { checkLibrary, formatCheckReport } from '../../src/library/check.js';
import {
  formatLoadSummary,
  formatSkipped,
  loadLibrary,
  MAX_FILE_BYTES,
  MAX_JSON_DEPTH,
} from '../../src/library/load.js';
import { languageModule, languages } from '../../src/languages/registry.js';
import { createApp } from '../../src/server/app.js';
import { capturingLogger } from '../server/helpers.js';

/** Every registered language's program file, as the loader's message lists them. */
const PROGRAM_FILES = languages.map((l) => languageModule(l.id).program.fileName).join(', ');

// Bytes that must never show up in a problem, a log line or an answer when their file is refused.
const SECRET = 'TOP-SECRET-3f9c';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'juxta-attack-'));
  outside = await mkdtemp(join(tmpdir(), 'juxta-outside-'));
  await writeFile(join(outside, 'secret.txt'), `${SECRET}: not JSON, not for learners\n`);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const TOPIC = JSON.stringify({ title: 'Basics', order: 1 });
const META = JSON.stringify({ title: 'Hello', order: 1, level: 'beginner', notes: 'Say hi.' });
const FILES: Record<string, string> = {
  'snippet.json': META,
  'main.rb': 'puts "hi"\n',
  'main.py': 'print("hi")\n',
  'output.txt': 'hi\n',
};

/** `basics/topic.json`, a sound `basics/good`, and `basics/<name>` without the files in `leaveOut`. */
async function library(name: string, leaveOut: string[] = []): Promise<string> {
  await mkdir(join(root, 'basics', 'good'), { recursive: true });
  await writeFile(join(root, 'basics', 'topic.json'), TOPIC);
  for (const [file, content] of Object.entries(FILES)) {
    await writeFile(join(root, 'basics', 'good', file), content);
  }
  const folder = join(root, 'basics', name);
  await mkdir(folder, { recursive: true });
  for (const [file, content] of Object.entries(FILES)) {
    if (!leaveOut.includes(file)) await writeFile(join(folder, file), content);
  }
  return folder;
}

/** Loads the library and checks that `basics/good` loaded and `id` was skipped for `file` alone. */
async function expectRefused(id: string, file: string, message: RegExp, field?: string) {
  const loaded = await loadLibrary(root);
  expect(loaded.snippets.map((s) => s.id)).toEqual(['basics/good']);
  expect(loaded.problems).toEqual([
    { file, ...(field ? { field } : {}), message: expect.stringMatching(message) },
  ]);
  expect(loaded.skipped).toEqual([{ kind: 'snippet', id, problems: loaded.problems }]);
  expect(JSON.stringify(loaded)).not.toContain(SECRET);
  return loaded;
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

describe('links', () => {
  it('refuses output.txt linked to /etc/passwd: not served, one warning naming the file', async () => {
    const folder = await library('hello', ['output.txt']);
    await symlink('/etc/passwd', join(folder, 'output.txt'));
    const loaded = await expectRefused(
      'basics/hello',
      'basics/hello/output.txt',
      /^is a symbolic link, not a regular file: a library holds only regular files/,
    );
    expect(JSON.stringify(loaded)).not.toContain('root:');

    const { logger, lines } = capturingLogger();
    const app = await createApp({ logger, snippetsDir: root, compareThreads: 0 });
    await request(app).get('/api/snippets/basics/hello').expect(404);
    const list = await request(app).get('/api/snippets').expect(200);
    expect((list.body as { id: string }[]).map((s) => s.id)).toEqual(['basics/good']);

    const warnings = lines().filter(
      (l) => l['level'] === 40 && String(l['msg']).startsWith('snippet library'),
    );
    expect(warnings.map((l) => l['msg'])).toEqual([
      expect.stringMatching(
        /^snippet library: skipped snippet basics\/hello: basics\/hello\/output\.txt: is a symbolic link/,
      ),
      'snippet library: 1 snippet loaded; 1 snippet skipped',
    ]);
    expect(warnings[0]).toMatchObject({ snippet: 'basics/hello', file: 'basics/hello/output.txt' });
    expect(JSON.stringify(lines())).not.toContain('root:');
  });

  it('refuses a linked snippet.json without quoting what it points to', async () => {
    const folder = await library('hello', ['snippet.json']);
    await symlink(join(outside, 'secret.txt'), join(folder, 'snippet.json'));
    await expectRefused('basics/hello', 'basics/hello/snippet.json', /^is a symbolic link/);

    const { logger, lines } = capturingLogger();
    await createApp({ logger, snippetsDir: root, compareThreads: 0 });
    expect(lines().some((l) => String(l['msg']).includes('basics/hello/snippet.json'))).toBe(true);
    expect(JSON.stringify(lines())).not.toContain(SECRET);
  });

  it('refuses a linked main.rb as a link, not as an "unexpected folder"', async () => {
    const folder = await library('hello', ['main.rb']);
    await writeFile(join(outside, 'main.rb'), `puts "${SECRET}"\n`);
    await symlink(join(outside, 'main.rb'), join(folder, 'main.rb'));
    const { problems, skipped } = await loadLibrary(root);
    // The link is the one thing wrong with the file, and it leaves the snippet a language short.
    expect(problems).toEqual([
      {
        file: 'basics/hello',
        message: expect.stringMatching(/at least two languages .* found main\.py$/),
      },
      { file: 'basics/hello/main.rb', message: expect.stringMatching(/^is a symbolic link/) },
    ]);
    expect(problems.some((p) => /unexpected/.test(p.message))).toBe(false);
    // The warning line shows the cause, not what follows from it.
    expect(formatSkipped(skipped[0]!)).toMatch(
      /^skipped snippet basics\/hello: basics\/hello\/main\.rb: is a symbolic link.*\(and 1 more problem: juxta check lists them all\)$/,
    );
    expect(JSON.stringify(problems)).not.toContain(SECRET);
  });

  it('refuses a hard link, whose other name may be anywhere', async () => {
    const folder = await library('hello', ['output.txt']);
    await link(join(outside, 'secret.txt'), join(folder, 'output.txt'));
    await expectRefused(
      'basics/hello',
      'basics/hello/output.txt',
      /^is a hard link \(the file has 2 names\)/,
    );
  });

  it('refuses linked snippet and topic folders, naming them, and loads the rest', async () => {
    await library('hello');
    await mkdir(join(outside, 'elsewhere', 'topic'), { recursive: true });
    await symlink(join(outside, 'elsewhere'), join(root, 'basics', 'linked-snippet'));
    await symlink(join(root, 'basics'), join(root, 'linked-topic'));
    const loaded = await loadLibrary(root);
    expect(loaded.snippets.map((s) => s.id)).toEqual(['basics/good', 'basics/hello']);
    expect(loaded.problems).toEqual([
      {
        file: 'basics/linked-snippet',
        message: expect.stringMatching(/^is a symbolic link, not a folder: a library holds only/),
      },
      {
        file: 'linked-topic',
        message: expect.stringMatching(/^is a symbolic link, not a folder/),
      },
    ]);
    expect(loaded.skipped.map((s) => `${s.kind} ${s.id}`)).toEqual([
      'snippet basics/linked-snippet',
      'topic linked-topic',
    ]);
    expect(formatLoadSummary(loaded)).toBe('2 snippets loaded; 1 snippet and 1 topic skipped');
  });

  it('loads a library reached through a link to its folder (only what is inside is judged)', async () => {
    await library('hello');
    const alias = join(outside, 'alias');
    await symlink(root, alias);
    const loaded = await loadLibrary(alias);
    expect(loaded.problems).toEqual([]);
    expect(loaded.snippets).toHaveLength(2);
  });
});

describe('FIFOs, sockets and devices', () => {
  // A FIFO opened for reading waits for a writer that never comes: each of these would hang the
  // loader (and the server's start-up) before the fix. The test timeout bounds them.
  for (const file of ['output.txt', 'snippet.json']) {
    it(`refuses a FIFO as ${file} at once and loads the rest`, { timeout: 5_000 }, async () => {
      const folder = await library('hello', [file]);
      mkfifo(join(folder, file));
      await expectRefused(
        'basics/hello',
        `basics/hello/${file}`,
        /^is a FIFO \(named pipe\), not a regular file/,
      );
    });
  }

  it(
    'refuses a FIFO as topic.json at once, leaving that topic out',
    { timeout: 5_000 },
    async () => {
      await library('hello');
      await mkdir(join(root, 'other', 'hello'), { recursive: true });
      mkfifo(join(root, 'other', 'topic.json'));
      const loaded = await loadLibrary(root);
      expect(loaded.snippets.map((s) => s.id)).toEqual(['basics/good', 'basics/hello']);
      expect(loaded.problems).toEqual([
        { file: 'other/topic.json', message: expect.stringMatching(/^is a FIFO/) },
        {
          file: 'other/topic.json',
          message: 'topic "other": its snippets are left out until it is fixed',
        },
      ]);
      expect(loaded.skipped.map((s) => `${s.kind} ${s.id}`)).toEqual(['topic other']);
    },
  );

  it('refuses a FIFO as main.py, and a socket', { timeout: 5_000 }, async () => {
    const folder = await library('hello', ['main.py']);
    mkfifo(join(folder, 'main.py'));
    const server = createServer();
    await new Promise<void>((listening) =>
      server.listen(join(root, 'basics', 'good', 'main.rb.sock'), listening),
    );
    try {
      const { problems, snippets } = await loadLibrary(root);
      expect(snippets).toEqual([]);
      expect(problems).toEqual([
        { file: 'basics/good/main.rb.sock', message: expect.stringMatching(/^unexpected socket/) },
        { file: 'basics/hello', message: expect.stringMatching(/at least two languages/) },
        { file: 'basics/hello/main.py', message: expect.stringMatching(/^is a FIFO/) },
      ]);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  it('refuses a device as output.txt without reading it', { timeout: 5_000 }, async ({ skip }) => {
    const folder = await library('hello', ['output.txt']);
    try {
      // The device of /dev/zero: read, it would never end.
      execFileSync('mknod', [join(folder, 'output.txt'), 'c', '1', '5'], { stdio: 'ignore' });
    } catch {
      skip('making a device needs CAP_MKNOD (root)');
    }
    await expectRefused('basics/hello', 'basics/hello/output.txt', /^is a device, not a regular/);
  });
});

describe('sizes and shapes', () => {
  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH}: notes 5,000 deep neither crash load nor check`, async () => {
    const folder = await library('hello');
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    await writeFile(
      join(folder, 'snippet.json'),
      `{ "title": "Deep", "order": 1, "level": "beginner", "notes": ${deep} }`,
    );
    await expectRefused(
      'basics/hello',
      'basics/hello/snippet.json',
      new RegExp(`^arrays and objects nest more than ${MAX_JSON_DEPTH} deep`),
    );
    const report = await checkLibrary(root, { run: false });
    expect(report.problems.map((p) => p.file)).toEqual(['basics/hello/snippet.json']);
    expect(formatCheckReport(report)).toMatch(/^Checked 1 snippet: 1 problem\.\n {2}basics\/hello/);
  });

  it('takes JSON nested as deep as the limit, judged by the schema as usual', async () => {
    const folder = await library('hello');
    // The object is level 1, so notes may nest MAX_JSON_DEPTH - 1 arrays.
    const nested = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    await writeFile(
      join(folder, 'snippet.json'),
      `{ "title": "Deep", "order": 1, "level": "beginner", "notes": ${nested} }`,
    );
    await expectRefused(
      'basics/hello',
      'basics/hello/snippet.json',
      /^"notes" is \[{7}\]{7}; it should be a string, or an array of strings/,
      'notes',
    );
  });

  it('refuses a file over its size cap, and takes one at the cap', async () => {
    const folder = await library('hello');
    const cap = MAX_FILE_BYTES['output.txt'];
    await writeFile(join(folder, 'output.txt'), 'x'.repeat(cap + 1));
    await writeFile(join(root, 'basics', 'good', 'output.txt'), 'x'.repeat(cap));
    await expectRefused(
      'basics/hello',
      'basics/hello/output.txt',
      /^is larger than the 64 KiB a library file of this kind may hold/,
    );
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const folder = await library('hello');
    await writeFile(join(folder, 'output.txt'), Buffer.from([0x68, 0xff, 0xfe, 0x00, 0x0a]));
    await expectRefused('basics/hello', 'basics/hello/output.txt', /^is not UTF-8 text/);
  });

  it('keeps each problem on one line whatever the file names and keys hold', async () => {
    const folder = await library('hello');
    await writeFile(join(folder, 'main.\u001b[31mrb\nx'), 'puts 1\n');
    await writeFile(
      join(folder, 'snippet.json'),
      JSON.stringify({ ...JSON.parse(META), 'ti\u2028tle\r': 'x' }),
    );
    const loaded = await loadLibrary(root);
    const [skipped] = loaded.skipped;
    expect(skipped?.problems.map((p) => p.file)).toEqual([
      'basics/hello/main.\u001b[31mrb\nx',
      'basics/hello/snippet.json',
    ]);
    expect(formatSkipped(skipped!)).toBe(
      'skipped snippet basics/hello: basics/hello/main.\\u001b[31mrb\\u000ax: unexpected file: ' +
        'a snippet folder holds snippet.json, output.txt and one program per language named ' +
        `${PROGRAM_FILES} (and 1 more problem: juxta check lists them all)`,
    );
    const report = formatCheckReport(await checkLibrary(root, { run: false }));
    expect(report.split('\n')).toEqual([
      'Checked 1 snippet: 2 problems.',
      expect.stringMatching(/^ {2}basics\/hello\/main\.\\u001b\[31mrb\\u000ax: unexpected file/),
      expect.stringMatching(
        /^ {2}basics\/hello\/snippet\.json \(ti\\u2028tle\\u000d\): unknown field "ti\\u2028tle\\u000d"/,
      ),
      'Not checked: running the programs was turned off: outputs not checked',
      '',
    ]);
  });
});

describe('juxta check on an attacked library', () => {
  it('exits 1 and names every refused file; the sound snippet is still checked', async () => {
    const folder = await library('hello', ['output.txt', 'snippet.json']);
    await symlink('/etc/passwd', join(folder, 'output.txt'));
    mkfifo(join(folder, 'snippet.json'));
    let stdout = '';
    const io: Io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => undefined },
      env: {},
    };
    const status = await main(['check', root], io);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Checked 1 snippet: 2 problems.');
    expect(lines[1]).toMatch(/^ {2}basics\/hello\/output\.txt: is a symbolic link/);
    expect(lines[2]).toMatch(/^ {2}basics\/hello\/snippet\.json: is a FIFO/);
    expect(stdout).not.toContain('root:');
  });

  it('says clearly when the library folder cannot be read at all', async () => {
    let stderr = '';
    const io: Io = {
      stdout: { write: () => undefined },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    };
    const fifo = join(root, 'not-a-library');
    mkfifo(fifo);
    expect(await main(['check', fifo], io)).toBe(2);
    expect(stderr).toBe(
      `juxta: Cannot read the snippet library folder ${fifo}: not a folder. Give the path of a folder that holds one folder per topic.\n`,
    );
  });
});
