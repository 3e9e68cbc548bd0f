// Shared by the Node tests of the prerenderer (run after `npm run build`): a content server,
// and readers of prerendered HTML that look at what a browser would show.
import { createServer } from 'node:http';
import { parseFragment, parse } from 'parse5';

export const greeting = {
  heading: { en: 'Welcome', ja: 'ようこそ' },
  paragraphs: ['From src, first.', 'From src, second.'],
  signature: { organization: 'Partner Org', role: 'Director', name: 'A. Person' },
};

/** A local server: `/greeting.json`, `/html`, `/404`, `/big`, `/empty`, `/slow` (answers after 30 s). */
export async function startServer() {
  const sockets = new Set();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (path === '/greeting.json') return send(200, 'application/json', JSON.stringify(greeting));
    if (path === '/wrong-shape.json') return send(200, 'application/json', JSON.stringify({ heading: 42, paragraphs: 'x' }));
    if (path === '/html') return send(200, 'text/html', '<!doctype html><title>Not found</title><p>Oops</p>');
    if (path === '/big') return send(200, 'application/json', JSON.stringify({ ...greeting, padding: 'x'.repeat(600 * 1024) }));
    if (path === '/empty') return send(200, 'application/json', '');
    if (path === '/slow') return void setTimeout(() => send(200, 'application/json', JSON.stringify(greeting)), 30_000).unref();
    if (path === '/cookie') return send(200, 'application/json', JSON.stringify({ ...greeting, heading: request.headers.cookie ?? 'no cookie' }));
    send(404, 'text/plain', 'not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const walk = (node, visit) => {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
};

/** The jitco elements of prerendered HTML, each with its declarative shadow root (or null). */
export function prerendered(html) {
  const root = /^\s*<(!doctype|html)/i.test(html) ? parse(html) : parseFragment(html);
  const found = [];
  walk(root, (node) => {
    if (!node.tagName?.startsWith('jitco-')) return;
    const template = (node.childNodes ?? []).find((c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode'));
    found.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])), root: template?.content ?? null, node });
  });
  return found;
}

/** The text a reader sees in a node (styles and scripts left out), white space collapsed. */
export function textOf(node) {
  let text = '';
  walk(node, (n) => {
    if (n.nodeName === '#text' && !['style', 'script'].includes(n.parentNode?.tagName)) text += n.value;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements of a node with the given tag (`h2`, `li`…), in order. */
export function elementsOf(node, tag) {
  const found = [];
  walk(node, (n) => n.tagName === tag && found.push(n));
  return found;
}

export const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** The input without what the prerenderer added: declarative shadow roots, dismissal scripts. */
export const withoutRoots = (html) =>
  html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(<script data-jitco-dismissed="[^"]*">[^<]*<\/script>)?/g, '');
