/** A link from data: opens only http(s) URLs, in a new tab without opener or referrer. */
import type { ReactNode } from 'react';

export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function ExternalLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  if (!isSafeUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label} title={href}>
      {children}
    </a>
  );
}
