// Serves the web build's precompressed copies (`.br`, `.gz`, written by apps/web/compress-assets-plugin.ts) of hashed
// assets to browsers that accept them, with the original file's type; anything else falls through to express.static.
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Middleware for a directory of immutable assets (mounted at its URL prefix). */
export function precompressed(dir: string, cacheControl: string) {
  const root = path.resolve(dir);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const type = TYPES[path.extname(req.path)];
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!type || !file.startsWith(root + path.sep)) return next();
    res.vary('Accept-Encoding');
    // Brotli first when accepted at all (browsers list gzip first with the same weight; brotli is smaller).
    const encoding = ENCODINGS.find(([name]) => req.acceptsEncodings(name) === name);
    if (!encoding || !fs.existsSync(file + encoding[1])) return next();
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding[0]);
    res.setHeader('Cache-Control', cacheControl);
    res.sendFile(file + encoding[1], { headers: { 'Content-Type': type } }, (error) => error && next(error));
  };
}
