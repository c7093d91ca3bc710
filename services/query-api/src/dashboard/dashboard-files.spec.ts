import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dashboardContentType, findDashboardDirectory } from './dashboard-files';

describe('findDashboardDirectory', () => {
  const roots: string[] = [];
  const tempRoot = () => {
    roots.push(mkdtempSync(join(tmpdir(), 'dashboard-')));
    return roots[roots.length - 1];
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('finds the sources beside this file when running from src', () => {
    expect(findDashboardDirectory()).toBe(__dirname);
  });

  it('finds src/dashboard from dist/dashboard, where SWC leaves no index.html', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'src/dashboard'), { recursive: true });
    mkdirSync(join(root, 'dist/dashboard'), { recursive: true });
    writeFileSync(join(root, 'src/dashboard/index.html'), '<!doctype html>');
    writeFileSync(join(root, 'dist/dashboard/app.js'), '"use strict";');
    expect(findDashboardDirectory(join(root, 'dist/dashboard'))).toBe(resolve(root, 'src/dashboard'));
  });

  it('fails with both places named when neither has index.html', () => {
    const root = tempRoot();
    expect(() => findDashboardDirectory(join(root, 'dist/dashboard'))).toThrow(/dashboard files not found: no index.html in .*dist\/dashboard or .*src\/dashboard/);
  });
});

describe('dashboardContentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['styles.css', 'text/css; charset=utf-8'],
    ['dashboard.controller.ts', null],
    ['app.js.map', null],
    ['../config.ts', null],
    ['.hidden.js', null],
    ['App.js', null],
  ])('%s → %s', (name, type) => {
    expect(dashboardContentType(name)).toBe(type);
  });
});
