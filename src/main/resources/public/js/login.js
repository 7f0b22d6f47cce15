// Login page: exchanges username and password for a token, then opens the landing page of the role.
import { api, clear, landingFor, message, saveLogin, token, tokenExpired } from './app.js';
import { sameOriginUrl } from './next-page.js';

const form = document.getElementById('login-form');
const messages = document.getElementById('login-messages');

function nextPage(role) {
  return sameOriginUrl(new URLSearchParams(location.search).get('next')) || landingFor(role);
}

async function enter() {
  const me = await api('/api/me');
  location.href = nextPage(me.role);
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  clear(messages);
  const button = document.getElementById('login-button');
  button.disabled = true;
  try {
    const response = await fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: form.username.value.trim(), password: form.password.value }),
    });
    if (!response.ok) {
      message(messages, response.status === 401 ? '用户名或密码不正确，或账号已停用' : `登录失败（${response.status}）`, 'error');
      return;
    }
    const tokens = await response.json();
    saveLogin(tokens.access_token, tokens.refresh_token);
    await enter();
  } catch (e) {
    message(messages, '无法连接服务器，请稍后重试', 'error');
  } finally {
    button.disabled = false;
  }
});

if (token() && !tokenExpired()) {
  enter().catch(() => { /* stale token: stay on the login form */ });
}
