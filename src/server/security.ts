/**
 * Security headers for every answer. The web view is built to run with no inline script or
 * style, so the Content-Security-Policy allows only the service's own files. No page may be
 * framed by another site, except the embed page (`allowFraming`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The policy of every answer, less who may frame it. */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // No upgrade-insecure-requests: classrooms reach the service over plain http on a LAN
  // address, where upgrading the page's own requests to https would break it.
};

function securityMiddleware(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...DIRECTIVES, frameAncestors: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Likewise, HSTS on a plain-http classroom server would only do harm if it ever got https.
    strictTransportSecurity: false,
  });
}

export function securityHeaders(): RequestHandler {
  return securityMiddleware();
}

/**
 * For the embed page alone, after `securityHeaders`: the same policy without `frame-ancestors`
 * and without `X-Frame-Options`, so any page may frame it: a course page, an LMS, a slide deck
 * opened from disk (a `file:` page, which `frame-ancestors *` would not let in).
 */
export function allowFraming(): RequestHandler {
  const policy = helmet.contentSecurityPolicy({ useDefaults: false, directives: DIRECTIVES });
  return (req, res, next) => {
    res.removeHeader('X-Frame-Options');
    policy(req, res, next);
  };
}

/**
 * The same headers as name and value, for answers written straight to a socket, below express
 * (`client-errors.ts`). Taken from helmet itself, run once on a stand-in answer, so the two
 * cannot drift apart; helmet sets them synchronously and reads nothing from the request.
 */
export function securityHeaderList(): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  securityMiddleware()({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return [...headers];
}
