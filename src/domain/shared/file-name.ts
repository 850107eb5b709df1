/** A file-name-safe slug of a title ("Sprint 12: TLS!" → "sprint-12-tls"), or the fallback when nothing is left. */
export function slugOf(title: string, fallback: string, maxLength = 60): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '');
  return slug || fallback;
}
