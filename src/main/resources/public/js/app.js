// Shared page plumbing: the login token, API calls with problem+json errors, the nav bar and DOM helpers.
// Server data only ever reaches the DOM through textContent (see el()), never through innerHTML.

const TOKEN_KEY = 'stations.token';
const ME_KEY = 'stations.me';
const CONFIG_KEY = 'stations.uiConfig';

export const ROLE_LABELS = { ADMIN: '市级管理员', BUREAU: '区县商务局', PLANNER: '规划人员', OPERATOR: '站长' };
export const TIER_LABELS = { COUNTY_CENTER: '县级电商公共服务中心', TOWNSHIP_STATION: '乡镇服务站', VILLAGE_STATION: '村级服务站点' };
export const STATUS_LABELS = { PLANNED: '筹建', ACTIVE: '运营', SUSPENDED: '暂停', CLOSED: '关闭' };
export const DEMO_COUNTY = '500152';

const PAGES = [
  { path: '/dashboard', label: '看板', roles: ['ADMIN', 'BUREAU', 'PLANNER'] },
  { path: '/map', label: '覆盖地图', roles: ['ADMIN', 'BUREAU', 'PLANNER'] },
  { path: '/planner', label: '规划选址', roles: ['ADMIN', 'BUREAU', 'PLANNER'] },
  { path: '/stations', label: '站点管理', roles: ['ADMIN', 'BUREAU', 'PLANNER'] },
  { path: '/operator', label: '销售录入', roles: ['ADMIN', 'BUREAU', 'OPERATOR'] },
];

/** An API failure: HTTP status (0 = network), a Chinese message and the problem's field errors. */
export class ApiError extends Error {
  constructor(status, message, errors = [], problem = null) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.problem = problem;
  }
  get offline() { return this.status === 0; }
}

// The tokens live in sessionStorage: they end with the tab and are not shared with other tabs or left behind on a
// shared computer. Script running in the page could still read them (as it could from localStorage); the
// Content-Security-Policy, which admits only this site's scripts, is the defence against that.
const tokens = sessionStorage;

export function token() { return tokens.getItem(TOKEN_KEY); }

const REFRESH_KEY = 'stations.refresh';

export function saveLogin(accessToken, refreshToken) {
  tokens.setItem(TOKEN_KEY, accessToken);
  if (refreshToken) tokens.setItem(REFRESH_KEY, refreshToken);
  localStorage.removeItem(ME_KEY);
}

let refreshing = null;

/**
 * Exchanges the stored refresh token for a new access token and a new refresh token (the server spends each
 * refresh token once, and revokes the login if a spent one comes back): calls made at the same time share one
 * exchange. False when there is no refresh token or it was refused.
 */
export function refreshLogin() {
  if (!refreshing) refreshing = exchangeRefreshToken().finally(() => { refreshing = null; });
  return refreshing;
}

async function exchangeRefreshToken() {
  const refresh = tokens.getItem(REFRESH_KEY);
  if (!refresh) return false;
  try {
    const response = await fetch('/oauth/access_token', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: refresh }),
    });
    if (!response.ok) {
      tokens.removeItem(REFRESH_KEY);
      return false;
    }
    const body = await response.json();
    tokens.setItem(TOKEN_KEY, body.access_token);
    if (body.refresh_token) tokens.setItem(REFRESH_KEY, body.refresh_token);
    return true;
  } catch (e) {
    return false;
  }
}

export function logout() {
  tokens.removeItem(REFRESH_KEY);
  tokens.removeItem(TOKEN_KEY);
  localStorage.removeItem(ME_KEY);
  location.href = '/';
}

/** Whether the stored token's exp claim lies in the past (no call to the server needed). */
export function tokenExpired(jwt = token()) {
  if (!jwt) return true;
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' && payload.exp * 1000 < Date.now();
  } catch (e) {
    return true;
  }
}

function toLogin() {
  tokens.removeItem(TOKEN_KEY);
  localStorage.removeItem(ME_KEY);
  location.href = location.pathname === '/' ? '/' : '/?next=' + encodeURIComponent(location.pathname + location.search);
}

/**
 * Calls the API with the bearer token. Options: method, json (request body as JSON), body (raw, e.g. FormData),
 * headers, as ('json' | 'blob' | 'text' | 'response'). Throws ApiError; a 401 sends the browser to the login page.
 */
export async function api(path, { method = 'GET', json, body, headers = {}, as = 'json' } = {}, retried = false) {
  // the pages are Chinese whatever the browser's language: the API answers English only when asked for it
  const h = { Accept: 'application/json, application/geo+json, application/problem+json, */*;q=0.1', 'Accept-Language': 'zh-CN', ...headers };
  if (token() && tokenExpired() && path !== '/login') await refreshLogin();
  const jwt = token();
  if (jwt) h.Authorization = 'Bearer ' + jwt;
  if (json !== undefined) {
    h['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: h, body });
  } catch (e) {
    throw new ApiError(0, '网络不可用，请检查连接后重试');
  }
  if (response.status === 401 && path !== '/login') {
    if (!retried && await refreshLogin()) return api(path, { method, json, body, headers, as }, true);
    toLogin();
    throw new ApiError(401, '登录已过期，请重新登录');
  }
  if (!response.ok) throw await problemOf(response);
  if (as === 'response') return response;
  if (as === 'blob') return response.blob();
  if (as === 'text') return response.text();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

async function problemOf(response) {
  let problem = null;
  try { problem = JSON.parse(await response.text()); } catch (e) { /* not JSON */ }
  const errors = Array.isArray(problem?.errors) ? problem.errors : [];
  const fallback = { 400: '请求有误', 403: '无权执行此操作', 404: '未找到', 409: '与已有数据冲突' }[response.status]
    || `服务器错误（${response.status}）`;
  const message = problem?.detail || problem?.title || problem?.message || fallback;
  return new ApiError(response.status, message, errors, problem);
}

/** Text for an error, with the first field errors appended. */
export function describeError(error) {
  if (!(error instanceof ApiError)) {
    console.warn(error); // the browser's own (English) words go to the console, not to the user
    return '出现意外错误，请刷新页面后重试';
  }
  const parts = error.errors.slice(0, 5).map(e => [e.row ? `第${e.row}行` : e.line ? `第${e.line}行` : '', e.field, e.message].filter(Boolean).join(' '));
  return parts.length ? `${error.message}：${parts.join('；')}` : error.message;
}

/** The signed-in user ({username, role, scopeCode}); sends anonymous visitors to the login page. */
export async function requireLogin() {
  if (!token() || (tokenExpired() && !(await refreshLogin()))) {
    toLogin();
    return new Promise(() => {});
  }
  let me;
  try {
    me = await api('/api/me');
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  } catch (e) {
    const cached = localStorage.getItem(ME_KEY);
    if (!(e.offline && cached)) throw e;
    me = JSON.parse(cached);
  }
  if (!mayOpen(me, location.pathname)) {
    location.replace(landingFor(me.role));
    return new Promise(() => {});
  }
  return me;
}

/** Whether the role may use the page: pages of the menu only for their roles, other pages for everyone signed in. */
export function mayOpen(me, path) {
  const page = PAGES.find(p => p.path === path);
  return !page || page.roles.includes(me.role);
}

export function landingFor(role) {
  return { ADMIN: '/dashboard', BUREAU: '/dashboard', PLANNER: '/planner', OPERATOR: '/operator' }[role] || '/map';
}

/** Which feature APIs exist in this build and the optional tile layer; cached for offline use. */
export async function uiConfig() {
  try {
    const config = await api('/api/ui/config');
    localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
    return config;
  } catch (e) {
    const cached = localStorage.getItem(CONFIG_KEY);
    if (cached) return JSON.parse(cached);
    return { tileUrl: null, tileAttribution: '', features: {} };
  }
}

/** Builds an element: attrs (class, dataset, on* handlers, properties), children as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Shows a message (kind: info | warn | error | ok) in a container; returns the element. */
export function message(container, text, kind = 'info') {
  const node = el('div', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
  container.append(node);
  return node;
}

export function placeholder(text = '暂无数据') {
  return el('div', { class: 'placeholder' }, text);
}

/** Draws the navigation bar at the top of the body. */
export function renderNav(me, activePath) {
  const links = PAGES.filter(p => p.roles.includes(me.role))
    .map(p => el('a', { href: p.path, class: p.path === activePath ? 'active' : null }, p.label));
  const who = `${me.username}（${ROLE_LABELS[me.role] || me.role}${me.scopeCode ? ' · ' + me.scopeCode : ''}）`;
  const header = el('header', { class: 'topnav' },
    el('span', { class: 'brand' }, '农村电商服务站点'),
    el('nav', {}, links),
    el('span', { class: 'user' }, who),
    el('button', { type: 'button', onclick: logout, id: 'logout' }, '退出'));
  document.body.prepend(header);
}

/** Today's date in the bureau's zone (Asia/Shanghai) as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function formatFen(fen) {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`;
}

export function formatNumber(n, digits = 0) {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : Number(n).toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

export function percent(part, whole) {
  return whole ? (100 * part / whole).toFixed(1) + '%' : '—';
}

/** Offers a blob as a file download. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** All counties of Chongqing, sorted by code (for county pickers). */
export async function counties() {
  const list = await api('/api/regions/50/descendants?level=COUNTY');
  return list.filter(r => !r.retiredOn).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Fills a county <select> with the counties the user may see: a BUREAU account only its own county (the API
 * answers 403 for the others), everyone else all of Chongqing.
 */
export async function fillCountySelect(select, me, { allOption = false, stored = 'stations.county' } = {}) {
  const bureau = me.role === 'BUREAU' && me.scopeCode;
  const list = (await counties()).filter(c => !bureau || c.code === me.scopeCode);
  clear(select);
  if (allOption) select.append(el('option', { value: '50' }, '重庆市（全市）'));
  for (const c of list) select.append(el('option', { value: c.code }, `${c.name}（${c.code}）`));
  const remembered = localStorage.getItem(stored);
  const wanted = me.role === 'BUREAU' && me.scopeCode ? me.scopeCode
    : remembered && [...select.options].some(o => o.value === remembered) ? remembered : DEMO_COUNTY;
  if ([...select.options].some(o => o.value === wanted)) select.value = wanted;
  if (bureau && !allOption) select.disabled = true; // nothing to choose: the account's own county
  select.addEventListener('change', () => localStorage.setItem(stored, select.value));
  return list;
}
