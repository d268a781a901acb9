import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** Which app answers which route: every route an app owns returns its index.html (SPA fallback). */
const appRoutes = {
  'hall-display': ['/display', '/kiosk', '/t', '/book', '/b', '/checkin'],
  'counter-client': ['/counter', '/manager', '/admin'],
} as const;

export type AppName = keyof typeof appRoutes;

/** The URL prefix a built app's assets live under (its Vite `base`). */
function appAssetsPath(app: AppName): string {
  return `/_app/${app}/`;
}

/** Serves the built apps from `appsDir/<app>/dist` at their routes. */
export function appsRouter(appsDir: string): Router {
  const router = express.Router();
  for (const [app, routes] of Object.entries(appRoutes) as [AppName, readonly string[]][]) {
    const distDir = join(appsDir, app, 'dist');
    const indexFile = join(distDir, 'index.html');
    // Hashed asset names never change content: cache them for a year; index.html never.
    router.use(
      appAssetsPath(app),
      express.static(distDir, { index: false, immutable: true, maxAge: '365d' }),
    );
    const sendIndex: express.RequestHandler = (_request, response) => {
      if (!existsSync(indexFile)) {
        response.status(503).type('text').send(`The ${app} app is not built yet: run \`pnpm build\`.`);
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexFile);
    };
    for (const route of routes) router.get([route, `${route}/*rest`], sendIndex);
  }
  router.get('/', (_request, response) => {
    response.type('html').send(landingPage);
  });
  return router;
}

const landingPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>OneStop 政务服务大厅</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}
a{display:block;padding:.6rem 0;font-size:1.2rem}</style></head>
<body><h1>OneStop 政务服务大厅</h1>
<a href="/display">综合屏 · Wall display</a>
<a href="/kiosk">取号机 · Kiosk</a>
<a href="/counter">窗口工作台 · Counter</a>
<a href="/manager">管理看板 · Manager</a>
<a href="/admin">系统设置 · Administration</a>
<a href="/graphql">GraphQL</a>
</body></html>`;
