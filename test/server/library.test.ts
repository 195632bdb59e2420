// A library with a broken snippet still serves the rest, and says which file to fix.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { LESSON_ID, capturingLogger, copyBundledLibrary, makeTemp, removeTemp } from './helpers.js';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map(removeTemp));
});

describe('a library with a malformed snippet', () => {
  it('is served without it, with a warning naming the file', async () => {
    const dir = await copyBundledLibrary();
    temps.push(dir);
    const broken = join(dir, 'control-flow', 'broken-one');
    await mkdir(broken);
    await writeFile(join(broken, 'snippet.json'), '{ "title": "Broken", "order": 2, ');
    await writeFile(join(broken, 'main.rb'), 'puts 1\n');
    await writeFile(join(broken, 'main.py'), 'print(1)\n');
    await writeFile(join(broken, 'output.txt'), '1\n');

    const { logger, lines } = capturingLogger();
    const app = await createApp({ logger, snippetsDir: dir });

    const warnings = lines().filter((l) => l['level'] === 40);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: 'control-flow/broken-one/snippet.json',
        msg: expect.stringContaining('control-flow/broken-one/snippet.json'),
      }),
    );

    const list = await request(app).get('/api/snippets').expect(200);
    const ids = (list.body as { id: string }[]).map((s) => s.id);
    expect(ids).toContain(LESSON_ID);
    expect(ids).not.toContain('control-flow/broken-one');
    await request(app).get(`/api/snippets/${LESSON_ID}`).expect(200);
    await request(app).get('/api/snippets/control-flow/broken-one').expect(404);
  });
});

describe("an instructor's own library", () => {
  it('serves its snippets instead of the bundled ones', async () => {
    const dir = await makeTemp('own-library');
    temps.push(dir);
    await mkdir(join(dir, 'loops', 'count-up'), { recursive: true });
    await writeFile(join(dir, 'loops', 'topic.json'), '{ "title": "Loops", "order": 1 }');
    await writeFile(
      join(dir, 'loops', 'count-up', 'snippet.json'),
      '{ "title": "Count up", "order": 1, "level": "beginner", "notes": "Ranges." }',
    );
    await writeFile(join(dir, 'loops', 'count-up', 'main.rb'), '(1..3).each { |i| puts i }\n');
    await writeFile(
      join(dir, 'loops', 'count-up', 'main.py'),
      'for i in range(1, 4):\n    print(i)\n',
    );
    await writeFile(join(dir, 'loops', 'count-up', 'output.txt'), '1\n2\n3\n');

    const app = await createApp({ logger: false, snippetsDir: dir });
    const list = await request(app).get('/api/snippets').expect(200);
    expect(list.body).toEqual([
      { id: 'loops/count-up', title: 'Count up', topic: 'Loops', languages: ['ruby', 'python'] },
    ]);
  });

  it('that does not exist stops the service from starting, naming the folder', async () => {
    const missing = join(await makeTemp('gone'), 'no-such-library');
    temps.push(missing);
    await expect(createApp({ logger: false, snippetsDir: missing })).rejects.toThrow(
      /no-such-library/,
    );
  });
});
