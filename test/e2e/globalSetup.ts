// Builds the site twice (at "/" and under a base path), serves both, and hands the
// URLs and folders to the end-to-end tests. Each run uses folders of its own.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareBundledChromium, usesBundledChromium } from '../support/browser';
import { buildSite } from '../support/buildSite';
import { startStaticServer } from '../support/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    basePathURL: string;
    basePathDistDir: string;
    basePath: string;
    buildLog: string;
  }
}

export const BASE_PATH = '/uitpas-regio/';

export default async function setup(project: TestProject) {
  // Unpack the bundled browser here, once, before any test worker can launch it.
  if (usesBundledChromium()) {
    const bundle = await prepareBundledChromium();
    console.log(`[e2e] bundled Chromium ${bundle.unpacked ? 'unpacked into' : 'reused from'} ${bundle.dir}`);
  }
  const runDir = path.resolve('.tmp', `e2e-${process.pid}`);
  const root = buildSite({ outDir: path.join(runDir, 'dist') });
  const underBase = buildSite({ outDir: path.join(runDir, 'dist-base'), base: BASE_PATH });
  console.log(`[e2e] built the site in ${root.ms} ms, and under ${BASE_PATH} in ${underBase.ms} ms`);

  const server = await startStaticServer(root.outDir, '/');
  const baseServer = await startStaticServer(underBase.outDir, BASE_PATH);
  project.provide('baseURL', server.url);
  project.provide('distDir', root.outDir);
  project.provide('basePathURL', baseServer.url);
  project.provide('basePathDistDir', underBase.outDir);
  project.provide('basePath', BASE_PATH);
  project.provide('buildLog', root.log);

  return async () => {
    await server.close();
    await baseServer.close();
    if (!process.env.E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
  };
}
