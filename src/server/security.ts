/**
 * Security headers for every answer. The web view is built to run with no inline script or
 * style, so the Content-Security-Policy allows only the service's own files.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: classrooms reach the service over plain http on a LAN
        // address, where upgrading the page's own requests to https would break it.
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Likewise, HSTS on a plain-http classroom server would only do harm if it ever got https.
    strictTransportSecurity: false,
  });
}
