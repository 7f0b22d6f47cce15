// Where the login page may send the browser after signing in: a page of this site only. The "next" parameter is
// resolved the way the browser would resolve it (backslashes, tabs, "//host" and schemes included) and compared
// by origin; the absolute URL is returned, so no path is ever re-read as a host.
export function sameOriginUrl(next, origin = location.origin) {
  if (typeof next !== 'string' || next === '') return null;
  let url;
  try {
    url = new URL(next, origin);
  } catch (e) {
    return null;
  }
  return url.origin === origin ? url.href : null;
}
