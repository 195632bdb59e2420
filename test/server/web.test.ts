// The web view at `/`: served when built, a page saying how to build it when not.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { makeTemp, removeTemp } from './helpers.js';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map(removeTemp));
});

describe('the web view', () => {
  it('when not built, / says to run npm run build, and the API still works', async () => {
    const app = await createApp({ logger: false, webDir: '/nonexistent/juxta-web' });
    const res = await request(app).get('/').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('npm run build');
    expect(res.text).not.toMatch(/<script|style=/);
    await request(app).get('/?snippet=control-flow/odd-even').expect(200);
    await request(app).get('/api/languages').expect(200);
  });

  it('when built, serves index.html at / and hashed assets with a long cache', async () => {
    const dir = await makeTemp('web');
    temps.push(dir);
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Juxta</title>');
    await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1);');
    const app = await createApp({ logger: false, webDir: dir });

    const page = await request(app).get('/?snippet=control-flow/odd-even').expect(200);
    expect(page.text).toContain('<title>Juxta</title>');
    expect(page.headers['cache-control']).toBe('public, no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");

    const asset = await request(app).get('/assets/main-abc123.js').expect(200);
    expect(asset.type).toBe('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('serves embed.html at /embed (and /embed.html), revalidated, read-only', async () => {
    const dir = await makeTemp('web');
    temps.push(dir);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Juxta</title>');
    await writeFile(join(dir, 'embed.html'), '<!doctype html><title>Juxta embed</title>');
    const app = await createApp({ logger: false, webDir: dir });
    for (const path of ['/embed', '/embed?snippet=control-flow/odd-even', '/embed.html']) {
      const page = await request(app).get(path).expect(200);
      expect(page.type).toBe('text/html');
      expect(page.text).toContain('<title>Juxta embed</title>');
      expect(page.headers['cache-control']).toBe('public, no-cache');
    }
    const head = await request(app).head('/embed').expect(200);
    expect(head.text).toBeUndefined();
    const post = await request(app).post('/embed').expect(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    expect(post.body.error.code).toBe('method-not-allowed');
  });

  it('when not built, /embed says to run npm run build', async () => {
    const app = await createApp({ logger: false, webDir: '/nonexistent/juxta-web' });
    const res = await request(app).get('/embed?snippet=control-flow/odd-even').expect(200);
    expect(res.text).toContain('npm run build');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('does not serve files outside its folder', async () => {
    const dir = await makeTemp('web');
    temps.push(dir);
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    const app = await createApp({ logger: false, webDir: dir });
    const res = await request(app).get('/..%2f..%2fetc%2fpasswd');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toContain('root:');
  });
});
